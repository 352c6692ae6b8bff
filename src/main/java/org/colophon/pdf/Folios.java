package org.colophon.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.SetLine;
import org.colophon.pdf.text.TextStyle;

/**
 * Page numbers at the foot of the page, centred under the text block, set in the style
 * print.css gives {@code .folio}. Pages that open the book (cover, half-title, title,
 * copyright) carry none.
 */
final class Folios {

    private static final Set<String> BARE_ROLES = Set.of("cover", "halftitle", "titlepage", "copyright");

    private final ParagraphSetter setter;
    private final TextStyle style;
    private final float measure;
    private final float drop;

    /**
     * @param drop distance from the text block's bottom edge down to the folio's baseline
     */
    Folios(ParagraphSetter setter, TextStyle style, float measure, float drop) {
        this.setter = setter;
        this.style = style;
        this.measure = measure;
        this.drop = drop;
    }

    List<LaidOutPage> add(List<LaidOutPage> pages, PageMaster master, java.util.function.Function<String, String> roleOfPath) {
        List<LaidOutPage> out = new ArrayList<>(pages.size());
        for (LaidOutPage page : pages) {
            String role = page.pagePath() == null ? "" : roleOfPath.apply(page.pagePath());
            if (BARE_ROLES.contains(role)) {
                out.add(page);
                continue;
            }
            List<SetLine> lines = setter.set(
                    List.of(new ParagraphItem.TextRun(Integer.toString(page.index() + 1), style, null)),
                    new ParagraphSpec(measure, 0, ParagraphSpec.Alignment.CENTER, false));
            List<LaidOutPage.Placed> frames = new ArrayList<>(page.frames());
            float baseline = master.textHeight(page.index()) + drop;
            for (SetLine line : lines) {
                frames.add(new LaidOutPage.Placed(new Frame.TextLine(line, 0, 0), baseline));
            }
            out.add(new LaidOutPage(page.index(), page.pagePath(), frames));
        }
        return out;
    }
}
