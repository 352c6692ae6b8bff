package org.colophon.pdf.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colophon.pdf.flow.Frame;
import org.colophon.pdf.tags.ContentTag;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.SetLine;

/**
 * Fills in page numbers once pages are broken: each contents entry gets dot leaders and
 * the folio of the page its link points to. The entries were set leaving room for this,
 * so nothing moves and one pass is enough.
 */
public final class PageReferences {

    private static final String LEADER = ". ";

    private final ParagraphSetter setter;

    public PageReferences(ParagraphSetter setter) {
        this.setter = setter;
    }

    /** The page index each id first appears on. */
    public static Map<String, Integer> pagesOfIds(List<LaidOutPage> pages) {
        Map<String, Integer> out = new HashMap<>();
        for (LaidOutPage page : pages) {
            for (LaidOutPage.Placed placed : page.frames()) {
                if (placed.frame() instanceof Frame.TextLine t) {
                    for (SetLine.PlacedMarker m : t.line().markers()) {
                        out.putIfAbsent(m.id(), page.index());
                    }
                } else if (placed.frame() instanceof Frame.Anchor a) {
                    out.putIfAbsent(a.id(), page.index());
                }
            }
        }
        return out;
    }

    public List<LaidOutPage> resolve(List<LaidOutPage> pages, Folios folios) {
        Map<String, Integer> pageOf = pagesOfIds(pages);
        String widestNumber = folios.widest(pages.size());
        List<LaidOutPage> out = new ArrayList<>(pages.size());
        for (LaidOutPage page : pages) {
            if (page.frames().stream().noneMatch(p -> p.frame() instanceof Frame.PageReference)) {
                out.add(page);
                continue;
            }
            List<LaidOutPage.Placed> frames = new ArrayList<>(page.frames().size() + 8);
            for (LaidOutPage.Placed placed : page.frames()) {
                if (placed.frame() instanceof Frame.PageReference ref) {
                    Integer target = pageOf.get(ref.targetId());
                    if (target != null && ref.style() != null) {
                        numberAndLeaders(ref, folios.label(target), widestNumber, placed.baseline(), frames);
                    }
                } else {
                    frames.add(placed);
                }
            }
            out.add(page.withFrames(frames));
        }
        return out;
    }

    private void numberAndLeaders(Frame.PageReference ref, String number, String widestNumber, float baseline,
                                  List<LaidOutPage.Placed> out) {
        SetLine numberLine = line(number, ref);
        float numberStart = ref.right() - numberLine.width();
        // the pitch of the leaders: what one more ". " adds (a trailing space measures nothing)
        float dot = setter.width(". .", ref.style()) - setter.width(".", ref.style());
        float gap = ref.style().size() * 0.4f;
        // leaders end at the same place on every line, so that their dots stand in columns,
        // just before the widest page number
        float end = Math.max(ref.right() - ref.reserve(), ref.right() - setter.width(widestNumber, ref.style()) - gap);
        int count = (int) Math.floor((end - ref.textEnd() - gap) / dot);
        if (count >= 2 && end <= numberStart - gap / 2) {
            SetLine leaders = line(LEADER.repeat(count).strip(), ref);
            out.add(new LaidOutPage.Placed(new Frame.TextLine(leaders, end - leaders.width(), 0,
                    ContentTag.Artifact.LAYOUT), baseline));
        }
        // the number is the entry's own text; the leaders only lead the eye to it
        out.add(new LaidOutPage.Placed(new Frame.TextLine(numberLine, numberStart, 0, ref.tag()), baseline));
    }

    private SetLine line(String text, Frame.PageReference ref) {
        return setter.set(List.of(new ParagraphItem.TextRun(text, ref.style(), null)),
                new ParagraphSpec(10_000, 0, ParagraphSpec.Alignment.LEFT, false)).get(0);
    }
}
