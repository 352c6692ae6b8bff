package org.colophon.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.pdf.css.Lengths;

/**
 * Reads glyph positions back from a PDF and lists every glyph whose right edge passes the
 * right edge of the default print.css text block (A5, bleed 3 mm, inner 18 mm, outer 24 mm).
 */
final class TextBlockEdges {

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
                for (TextPosition p : positions) {
                    if (p.getXDirAdj() + p.getWidthDirAdj() > right + 0.01f) {
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
}
