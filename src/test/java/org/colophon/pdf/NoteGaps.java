package org.colophon.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures, from a PDF's glyphs, the space between the body text and the footnotes at the
 * foot of each page (default print.css: 10 pt body on a 13 pt grid, 8 pt notes): the
 * distance from the last body baseline to the first note baseline above which it stands.
 * A chapter's last page is left out: its text ends where it ends, its notes stay at the foot.
 *
 * <p>{@code java … NoteGaps book.pdf} prints the gap of every page with notes.
 */
final class NoteGaps {

    /** A page with notes: its number, its last body baseline and its first note baseline. */
    record Gap(int page, float lastBody, float firstNote) {
        float height() {
            return firstNote - lastBody;
        }
    }

    private NoteGaps() {
    }

    static List<Gap> gaps(PDDocument doc) throws IOException {
        List<PageAudit.Page> pages = PageAudit.pages(doc);
        List<Gap> out = new ArrayList<>();
        for (int i = 0; i + 1 < pages.size(); i++) {
            PageAudit.Page page = pages.get(i);
            if (!pages.get(i + 1).hasRunningHead()) {
                continue; // a chapter's last page (or the book's)
            }
            List<PageAudit.Line> body = page.body();
            if (body.isEmpty()) {
                continue;
            }
            float lastBody = body.get(body.size() - 1).baseline();
            float firstNote = Float.NaN;
            for (PageAudit.Line l : page.lines()) {
                if (l.baseline() > lastBody && Math.abs(l.size() - 8) < 0.3f && l.baseline() < 540) {
                    firstNote = l.baseline();
                    break;
                }
            }
            if (!Float.isNaN(firstNote)) {
                out.add(new Gap(page.number(), lastBody, firstNote));
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(Path.of(args[0])))) {
            for (Gap g : gaps(doc)) {
                System.out.printf("page %3d: last body line %6.1f, first note %6.1f, gap %5.1f%n", g.page(),
                        g.lastBody(), g.firstNote(), g.height());
            }
        }
    }
}
