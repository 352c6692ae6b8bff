package org.colophon.pdf.page;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.colophon.pdf.flow.FlowBlock;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.pdf.flow.FlowParagraph;
import org.colophon.pdf.flow.Frame;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.text.SetLine;

/**
 * Whether items of two builds are the same to the page breaker: every field of every
 * item, frame and footnote line they hold, but the tags of the logical structure (each
 * build has its own tree; the breaker never reads them) and the identity of the lines
 * (each build has its own; the runs, which the paragraph cache shares, compare by
 * identity first, then by their glyphs, advances and styles). Remembers which note line
 * of the new build stands for which of the old.
 */
final class SameForPages {

    private final Map<String, List<FlowItem.Box>> oldNotes;
    private final Map<String, List<FlowItem.Box>> newNotes;
    private final Map<FlowItem.Box, FlowItem.Box> counterparts = new IdentityHashMap<>();
    private final java.util.Set<String> notesCompared = new java.util.HashSet<>();

    SameForPages(Map<String, List<FlowItem.Box>> oldNotes, Map<String, List<FlowItem.Box>> newNotes) {
        this.oldNotes = oldNotes;
        this.newNotes = newNotes;
    }

    /** The new build's note line that stands for {@code old}, or null when none was compared. */
    FlowItem.Box counterpart(FlowItem.Box old) {
        return counterparts.get(old);
    }

    boolean items(FlowItem a, FlowItem b) {
        if (a instanceof FlowItem.Box x && b instanceof FlowItem.Box y) {
            return box(x, y);
        } else if (a instanceof FlowItem.Glue x && b instanceof FlowItem.Glue y) {
            return x.equals(y);
        } else if (a instanceof FlowItem.Penalty x && b instanceof FlowItem.Penalty y) {
            return x.cost() == y.cost() && Float.compare(x.closeDepth(), y.closeDepth()) == 0 && x.fault() == y.fault()
                    && boxes(x.repeat(), y.repeat()) && frames(x.close(), y.close());
        } else if (a instanceof FlowItem.ForcedBreak x && b instanceof FlowItem.ForcedBreak y) {
            return x.equals(y);
        } else if (a instanceof FlowItem.Float x && b instanceof FlowItem.Float y) {
            return list(x.content(), y.content());
        } else if (a instanceof FlowItem.Turned x && b instanceof FlowItem.Turned y) {
            if (x.frames().size() != y.frames().size()) {
                return false;
            }
            for (int i = 0; i < x.frames().size(); i++) {
                FlowItem.Sheet s = x.frames().get(i);
                FlowItem.Sheet t = y.frames().get(i);
                if (Float.compare(s.baseline(), t.baseline()) != 0 || !frame(s.frame(), t.frame())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private boolean list(List<FlowItem> a, List<FlowItem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!items(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean box(FlowItem.Box a, FlowItem.Box b) {
        if (Float.compare(a.height(), b.height()) != 0 || a.onGrid() != b.onGrid()
                || !a.footnotes().equals(b.footnotes()) || !frames(a.frames(), b.frames())
                || !paragraph(a.ends(), b.ends())) {
            return false;
        }
        for (String id : a.footnotes()) {
            if (notesCompared.add(id) && !notes(id)) {
                notesCompared.remove(id);
                return false;
            }
        }
        return true;
    }

    /** The lines of footnote {@code id} in both builds, each new one remembered as the old one's counterpart. */
    private boolean notes(String id) {
        List<FlowItem.Box> a = oldNotes.get(id);
        List<FlowItem.Box> b = newNotes.get(id);
        if (a == null || b == null) {
            return a == b;
        }
        if (!boxes(a, b)) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            counterparts.put(a.get(i), b.get(i));
        }
        return true;
    }

    private boolean boxes(List<FlowItem.Box> a, List<FlowItem.Box> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!box(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean paragraph(FlowParagraph a, FlowParagraph b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.first() == b.first() && a.last() == b.last() && setting(a.tighter(), b.tighter())
                && setting(a.looser(), b.looser());
    }

    private boolean setting(FlowParagraph.Setting a, FlowParagraph.Setting b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.cost() == b.cost() && boxes(a.boxes(), b.boxes());
    }

    private boolean frames(List<Frame> a, List<Frame> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!frame(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean frame(Frame a, Frame b) {
        if (a instanceof Frame.TextLine x && b instanceof Frame.TextLine y) {
            return Float.compare(x.x(), y.x()) == 0 && Float.compare(x.dy(), y.dy()) == 0 && line(x.line(), y.line());
        } else if (a instanceof Frame.PageReference x && b instanceof Frame.PageReference y) {
            return x.targetId().equals(y.targetId()) && x.style().equals(y.style())
                    && Float.compare(x.textEnd(), y.textEnd()) == 0 && Float.compare(x.right(), y.right()) == 0
                    && Float.compare(x.reserve(), y.reserve()) == 0;
        } else if (a instanceof Frame.Picture x && b instanceof Frame.Picture y) {
            return Float.compare(x.x(), y.x()) == 0 && Float.compare(x.dy(), y.dy()) == 0 && image(x.image(), y.image());
        }
        return a.equals(b); // the other frames hold no tag nor line: records of values
    }

    private static boolean image(FlowBlock.Image a, FlowBlock.Image b) {
        return a.source().equals(b.source()) && Arrays.equals(a.data(), b.data()) && a.mediaType().equals(b.mediaType())
                && Float.compare(a.width(), b.width()) == 0 && Float.compare(a.height(), b.height()) == 0
                && Float.compare(a.indent(), b.indent()) == 0 && a.ids().equals(b.ids())
                && a.keepWithNext() == b.keepWithNext() && Objects.equals(a.placement(), b.placement())
                && a.pixelWidth() == b.pixelWidth();
    }

    private static boolean line(SetLine a, SetLine b) {
        if (a.runs() != b.runs()) {
            List<GlyphRun> x = a.runs();
            List<GlyphRun> y = b.runs();
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                GlyphRun r = x.get(i);
                GlyphRun s = y.get(i);
                if (r != s && !(r.equals(s) || sameRun(r, s))) {
                    return false;
                }
            }
        }
        return a.markers().equals(b.markers()) && Float.compare(a.width(), b.width()) == 0
                && Float.compare(a.ratio(), b.ratio()) == 0 && a.hyphenated() == b.hyphenated()
                && a.breakHyphenGlyphs() == b.breakHyphenGlyphs() && Float.compare(a.ascent(), b.ascent()) == 0
                && Float.compare(a.descent(), b.descent()) == 0
                && Float.compare(a.hangLeft(), b.hangLeft()) == 0 && Float.compare(a.hangRight(), b.hangRight()) == 0;
    }

    private static boolean sameRun(GlyphRun a, GlyphRun b) {
        return Float.compare(a.x(), b.x()) == 0 && a.style().equals(b.style()) && Arrays.equals(a.glyphs(), b.glyphs())
                && Arrays.equals(a.advances(), b.advances()) && a.text().equals(b.text())
                && Objects.equals(a.href(), b.href()) && Float.compare(a.scale(), b.scale()) == 0;
    }
}
