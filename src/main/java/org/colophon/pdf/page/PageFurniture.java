package org.colophon.pdf.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.pdf.flow.Frame;
import org.colophon.layout.PageRole;
import org.colophon.pdf.tags.ContentTag;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.SetLine;
import org.colophon.pdf.text.TextStyle;

/**
 * What a book page carries besides its text: the folio (page number) centred at the foot,
 * and the running head centred above the text block — the book's title on versos, the
 * title of the page's chapter on rectos. The pages that open the book (cover, half-title,
 * title, copyright) carry neither; a page where a chapter (any XHTML page) begins has no
 * running head. Styled in print.css as {@code .folio} and {@code .running-head}.
 */
public final class PageFurniture {

    /** How the furniture looks and where it goes. */
    public record Style(TextStyle folio, TextStyle runningHead, float folioDrop, float headRise) {}

    private final ParagraphSetter setter;
    private final Style style;
    private final float measure;

    /**
     * @param style {@code folioDrop}: from the text block's bottom edge down to the folio's
     *              baseline; {@code headRise}: from the text block's top edge up to the
     *              running head's baseline
     */
    public PageFurniture(ParagraphSetter setter, Style style, float measure) {
        this.setter = setter;
        this.style = style;
        this.measure = measure;
    }

    /**
     * @param roles  the role of each XHTML page, by path
     * @param titles the running-head title of each XHTML page, by path
     */
    public List<LaidOutPage> add(List<LaidOutPage> pages, PageMaster master, Map<String, PageRole> roles,
                          Map<String, String> titles, String bookTitle, Folios folios) {
        List<LaidOutPage> out = new ArrayList<>(pages.size());
        String previousPath = null;
        for (LaidOutPage page : pages) {
            if (page.blank()) {
                out.add(page); // a blank page stays blank
                continue;
            }
            String path = page.pagePath();
            boolean opening = path == null || !path.equals(previousPath);
            previousPath = path;
            PageRole role = path == null ? null : roles.get(path);
            if (role != null && role.opensTheBook()) {
                out.add(page);
                continue;
            }
            List<LaidOutPage.Placed> frames = new ArrayList<>(page.frames());
            if (!opening && !page.turned()) { // a page turned a quarter has no running head, as in print
                boolean recto = page.index() % 2 == 0;
                String head = recto ? titles.getOrDefault(path, "") : bookTitle;
                SetLine line = firstLine(head, style.runningHead());
                if (line != null) {
                    // first, so that text extraction reads the page from the top
                    frames.add(0, new LaidOutPage.Placed(new Frame.TextLine(line, 0, 0, ContentTag.Artifact.HEADER),
                            -style.headRise()));
                }
            }
            SetLine folio = firstLine(folios.label(page.index()), style.folio());
            frames.add(new LaidOutPage.Placed(new Frame.TextLine(folio, 0, 0, ContentTag.Artifact.FOOTER),
                    master.textHeight(page.index()) + style.folioDrop()));
            out.add(page.withFrames(frames));
        }
        return out;
    }

    /** The text set centred on one line; a title too long for the measure keeps its first line. */
    private SetLine firstLine(String text, TextStyle textStyle) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<SetLine> lines = setter.set(List.of(new ParagraphItem.TextRun(text.strip(), textStyle, null)),
                new ParagraphSpec(measure, 0, ParagraphSpec.Alignment.CENTER, false));
        return lines.isEmpty() ? null : lines.get(0);
    }
}
