package org.colophon.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The marked-content sequences of a PDF whose ActualText is the soft hyphen (U+00AD), read
 * back with PDFBox page by page, each with the glyph it holds: how the typesetter marks a
 * hyphen it added at a line break.
 */
public final class SoftHyphenSpans {

    /**
     * One span: its page (from 0), the glyph's text by ToUnicode and its place (PDFBox's
     * coordinates, y from the top), and whether any glyph follows it on its baseline.
     */
    public record Mark(int page, String glyphText, float x, float y, float width, boolean endsItsLine) {}

    private static final String SOFT_HYPHEN = "\u00AD";

    private SoftHyphenSpans() {
    }

    /** Every soft-hyphen span of {@code document}, in page order; fails when one holds other than one glyph. */
    public static List<Mark> find(PDDocument document) throws IOException {
        List<Mark> marks = new ArrayList<>();
        int index = 0;
        for (PDPage page : document.getPages()) {
            List<TextPosition> all = new ArrayList<>();
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    all.add(text);
                    super.processTextPosition(text);
                }
            };
            extractor.processPage(page);
            List<PDMarkedContent> spans = new ArrayList<>();
            collect(extractor.getMarkedContents(), spans);
            for (PDMarkedContent span : spans) {
                List<Object> contents = span.getContents();
                if (contents.size() != 1 || !(contents.get(0) instanceof TextPosition glyph)) {
                    throw new AssertionError("a soft-hyphen span on page " + (index + 1) + " holds " + contents);
                }
                boolean last = all.stream().noneMatch(t -> t != glyph
                        && Math.abs(t.getYDirAdj() - glyph.getYDirAdj()) < 0.5f && t.getXDirAdj() > glyph.getXDirAdj());
                marks.add(new Mark(index, glyph.getUnicode(), glyph.getXDirAdj(), glyph.getYDirAdj(),
                        glyph.getWidthDirAdj(), last));
            }
            index++;
        }
        return marks;
    }

    private static void collect(List<PDMarkedContent> contents, List<PDMarkedContent> spans) {
        for (PDMarkedContent mc : contents) {
            if (SOFT_HYPHEN.equals(mc.getActualText())) {
                spans.add(mc);
            }
            List<PDMarkedContent> nested = new ArrayList<>();
            for (Object o : mc.getContents()) {
                if (o instanceof PDMarkedContent child) {
                    nested.add(child);
                }
            }
            collect(nested, spans);
        }
    }
}
