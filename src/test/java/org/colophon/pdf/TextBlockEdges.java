package org.colophon.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.pdf.css.Lengths;
import org.colophon.pdf.text.Protrusion;

/**
 * Reads glyph positions back from a PDF and lists every glyph whose right edge passes the
 * right edge of the default print.css text block (A5, bleed 3 mm, inner 18 mm, outer 24 mm).
 * A glyph may pass it by {@link #TOLERANCE}: positions come back through PDF numbers
 * written to a few decimals and widths rounded to 1/1000 em, whose errors add up along a line.
 * Punctuation may hang past the edge by its share in Colophon's protrusion table
 * ({@link Protrusion#DEFAULT}): what is measured is the glyph without that share.
 */
final class TextBlockEdges {

    /** 0.1 pt is 0.035 mm, far below anything visible; an overfull line is points wide. */
    static final float TOLERANCE = 0.1f;

    private TextBlockEdges() {
    }

    static List<String> glyphsPastTheRightEdge(PDDocument doc) throws IOException {
        float mm = Lengths.MM;
        List<String> over = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int page = getCurrentPageNo() - 1;
                float left = 3 * mm + (page % 2 == 0 ? 18 * mm : 24 * mm);
                float right = left + 106 * mm;
                for (int i = 0; i < positions.size(); i++) {
                    TextPosition p = positions.get(i);
                    float end = p.getXDirAdj() + p.getWidthDirAdj() - hang(p);
                    if (i + 1 < positions.size()) {
                        // a letter kerned under the hung glyph after it ("V,") ends where that glyph's letters end
                        TextPosition next = positions.get(i + 1);
                        end = Math.min(end, Math.max(next.getXDirAdj() + next.getWidthDirAdj() - hang(next),
                                next.getXDirAdj()));
                    }
                    if (end > right + TOLERANCE) {
                        over.add("page " + (page + 1) + ": '" + text + "' ends at "
                                + (p.getXDirAdj() + p.getWidthDirAdj()) + " > " + right);
                        return;
                    }
                }
            }
        };
        stripper.getText(doc);
        return over;
    }

    /** What {@code p} may hang past the right edge: its share in the default protrusion table. */
    private static float hang(TextPosition p) {
        String u = p.getUnicode();
        // the setter's hyphen reads as a soft hyphen, which the stripper empties here
        int c = u.isEmpty() || u.equals("\u00AD") ? '-' : u.codePointAt(0);
        return Protrusion.DEFAULT.right(c) * p.getWidthDirAdj();
    }
}
