package org.colophon.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cross-reference to a note links to the note, in both books, and calls nothing: a
 * {@code <ref>} to a footnote printed the note again at the foot of the page that referred
 * to it, numbered as that page's own note, whether the reference came after the call or
 * before it.
 */
class NoteReferenceTest {

    @TempDir
    Path dir;

    private static final String FILLER = "<p>Un paragraphe qui remplit la page, assez long pour en occuper plusieurs "
            + "lignes, et qu’on répète pour que le renvoi tombe sur une autre page que l’appel de la note.</p>\n";

    @Test
    void aReferenceToANoteLinksToItAndDoesNotSetItAgain() throws Exception {
        Path m = dir.resolve("renvois.xml");
        Files.writeString(m, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                  <metadata><title>Renvois</title><creator role="author">Prénom Nom</creator><date>2024</date></metadata>
                  <body><chapter id="ch"><title>Des renvois</title>
                    <p>Avant l’appel, voir déjà <ref target="longue">la note longue</ref> plus loin.</p>
                    %s
                    <p>Le texte appelle une note<note id="longue"><p>NOTELONGUE premier alinéa.</p><p>Second alinéa.</p></note>
                      puis une autre<note id="courte">NOTECOURTE brève.</note>.</p>
                    %s
                    <p>Après l’appel, voir <ref target="longue">la note longue</ref> et <ref target="courte">la brève</ref>.</p>
                  </chapter></body>
                </book>
                """.formatted(FILLER.repeat(12), FILLER.repeat(12)));
        Path out = dir.resolve("out");
        Colophon.Result result = new Colophon(d -> { }, Colophon.Progress.silent())
                .build(m, Colophon.Options.builder(out).build());
        BookInvariants.checkBuild(m, result.outputs());
        Path pdf = out.resolve("renvois.pdf");
        Path epub = out.resolve("renvois.epub");

        byte[] bytes = Files.readAllBytes(pdf);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            List<Integer> longNote = pagesWith(pages, "NOTELONGUE");
            List<Integer> shortNote = pagesWith(pages, "NOTECOURTE");
            assertEquals(1, longNote.size(), "the long note is set once: pages " + longNote);
            assertEquals(1, shortNote.size(), "the short note is set once: pages " + shortNote);
            int callPage = pagesWith(pages, "Le texte appelle").get(0);
            assertEquals(List.of(callPage), longNote, "at the foot of the page of its call");
            int before = pagesWith(pages, "Avant l’appel").get(0);
            int after = pagesWith(pages, "Après l’appel").get(0);
            assertTrue(before < callPage && callPage < after, "the references are on other pages: " + List.of(before,
                    callPage, after));
            assertTrue(pages.get(after).strip().lines().noneMatch(l -> l.matches("\\s*[12] .*")),
                    "no note at the foot of the referring page: " + pages.get(after));

            // each reference links to the page of its note
            for (int page : List.of(before, after)) {
                List<Integer> targets = new ArrayList<>();
                PDPage p = doc.getPage(page);
                for (PDAnnotation a : p.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDPageDestination d) {
                        targets.add(doc.getPages().indexOf(d.getPage()));
                    }
                }
                assertTrue(!targets.isEmpty() && targets.stream().allMatch(t -> t == callPage),
                        "page " + (page + 1) + " links to the notes' page " + (callPage + 1) + ": " + targets);
            }
        }
        assertEquals(List.of(), PdfValidator.pdfUa1(bytes).failedRules(), "PDF/UA-1");

        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
        String chapter = new String(EpubFiles.entries(epub).get("EPUB/text/chapter-001.xhtml"), StandardCharsets.UTF_8);
        assertEquals(2, count(chapter, "<a class=\"xref\" href=\"#longue\">la note longue</a>"), chapter);
        assertEquals(1, count(chapter, "<a class=\"xref\" href=\"#courte\">la brève</a>"), chapter);
        assertEquals(1, count(chapter, "NOTELONGUE"), "the EPUB has the note once");
        assertEquals(2, count(chapter, "epub:type=\"noteref\""), "two calls, the references are not calls");
    }

    private static List<Integer> pagesWith(List<String> pages, String text) {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).replaceAll("\\s+", " ").contains(text)) {
                out.add(p);
            }
        }
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
