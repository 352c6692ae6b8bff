package org.colophon.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

/** What every built book is held to: epubcheck with no error nor warning, veraPDF's PDF/UA-1 and PDF/A-2a. */
public final class BookValidation {

    private BookValidation() {
    }

    /** The EPUB passes epubcheck clean and the PDF passes veraPDF as PDF/UA-1 and as PDF/A-2a. */
    public static void assertBothBooksPass(Path epub, byte[] pdf) {
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        PdfValidator.Verdict ua = PdfValidator.pdfUa1(pdf);
        assertTrue(ua.compliant(), ua.toString());
        PdfValidator.Verdict a = PdfValidator.pdfA2a(pdf);
        assertTrue(a.compliant(), a.toString());
    }
}
