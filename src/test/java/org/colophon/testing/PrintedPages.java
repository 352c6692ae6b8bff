package org.colophon.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What each page of a tagged PDF shows, read back with PDFBox: the text of its content (in
 * the order it is drawn, which is reading order), apart from the artifacts the typesetter
 * adds (running heads, folios), and whether it draws an image.
 */
public record PrintedPages(List<Page> pages) {

    /**
     * One page.
     *
     * @param text      its text outside artifacts (and any untagged text)
     * @param artifacts the text of its artifacts
     * @param images    how many images it draws, artifacts or not
     */
    public record Page(String text, String artifacts, int images) {

        /** Nothing at all is drawn: not a word, not a folio, not an image. */
        public boolean blank() {
            return text.isBlank() && artifacts.isBlank() && images == 0;
        }

        /** Something of the book stands on the page: text that is not a running head or folio, or an image. */
        public boolean hasContent() {
            return !text.isBlank() || images > 0;
        }
    }

    public PrintedPages {
        pages = List.copyOf(pages);
    }

    public static PrintedPages read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                pages.add(read(page));
            }
            return new PrintedPages(pages);
        }
    }

    private static Page read(PDPage page) throws IOException {
        PageReader reader = new PageReader();
        reader.processPage(page);
        return new Page(reader.text.toString(), reader.artifacts.toString(), reader.images);
    }

    /**
     * A content stream engine that keeps only what the check needs: each glyph's Unicode
     * (or the /ActualText of the marked content around it), whether it is inside an
     * artifact, and the images drawn; PDFBox's text extractors also measure every glyph,
     * several times slower on a novel.
     */
    private static final class PageReader extends PDFStreamEngine {
        final StringBuilder text = new StringBuilder();
        final StringBuilder artifacts = new StringBuilder();
        int images;
        // per open marked content: inside an artifact, and whether an /ActualText stands for its glyphs
        private final Deque<boolean[]> open = new ArrayDeque<>();

        PageReader() {
            addOperator(new BeginText(this));
            addOperator(new EndText(this));
            addOperator(new SetFontAndSize(this));
            addOperator(new ShowText(this));
            addOperator(new ShowTextAdjusted(this));
            addOperator(new ShowTextLine(this));
            addOperator(new ShowTextLineAndSpace(this));
            addOperator(new MoveText(this));
            addOperator(new MoveTextSetLeading(this));
            addOperator(new NextLine(this));
            addOperator(new SetMatrix(this));
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new EndMarkedContentSequence(this));
            addOperator(new DrawImage(this));
        }

        private boolean inArtifact() {
            return !open.isEmpty() && open.peek()[0];
        }

        private boolean replaced() {
            for (boolean[] mc : open) {
                if (mc[1]) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            boolean artifact = inArtifact() || COSName.getPDFName("Artifact").equals(tag);
            String actual = properties == null ? null : properties.getString(COSName.getPDFName("ActualText"));
            if (actual != null && !replaced()) {
                (artifact ? artifacts : text).append(actual);
            }
            open.push(new boolean[] {artifact, actual != null});
        }

        @Override
        public void endMarkedContentSequence() {
            if (!open.isEmpty()) {
                open.pop();
            }
            text.append(' ');
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            if (replaced()) {
                return;
            }
            String unicode = font.toUnicode(code);
            (inArtifact() ? artifacts : text).append(unicode == null ? "\uFFFD" : unicode);
        }

        void image() {
            images++;
        }
    }

    /** {@code Do}: counts an image, shows a form's content. */
    private static final class DrawImage extends OperatorProcessor {
        DrawImage(PageReader reader) {
            super(reader);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
                return;
            }
            PageReader reader = (PageReader) getContext();
            PDXObject x = reader.getResources().getXObject(name);
            if (x instanceof PDImageXObject) {
                reader.image();
            } else if (x instanceof PDFormXObject form) {
                reader.showForm(form);
            }
        }

        @Override
        public String getName() {
            return OperatorName.DRAW_OBJECT;
        }
    }
}
