package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code and keys in running text reach both books exactly as written: {@code --strict}
 * does not become a dash, straight quotes stay straight, and the PDF sets them in the
 * bundled monospace face, while the French text around them is still set right.
 */
class InlineCodeCliTest {

    private static final String CODE = "colophon build --strict \"livre.xml\"";

    @Test
    void codeIsSetAsWrittenInTheMonospaceFaceOfBothBooks(@TempDir Path dir) throws Exception {
        Path manuscript = dir.resolve("code.xml");
        Files.writeString(manuscript, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<book xmlns=\"https://colophon.org/ns/manuscript/1\" version=\"1\" xml:lang=\"fr\">\n"
                + "<metadata><title>Code</title><creator role=\"author\">A B</creator><date>2026-12-02</date></metadata>\n"
                + "<body><chapter><title>Options</title>\n"
                + "<p>Lancez <code>colophon build --strict \"livre.xml\"</code> ; puis tapez <kbd>Ctrl+C</kbd> !"
                + " Le texte -- ici \"ordinaire\" -- change.</p>\n"
                + "</chapter></body></book>\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, run.status(), run.err());

        String chapter = chapterXhtml(out.resolve("code.epub"));
        assertTrue(chapter.contains("<code>colophon build --strict &quot;livre.xml&quot;</code>\u202F;"), chapter);
        assertTrue(chapter.contains("<kbd>Ctrl+C</kbd>\u202F!"), chapter);
        assertTrue(chapter.contains("Le texte \u2014 ici \u00AB\u202Fordinaire\u202F\u00BB \u2014 change."), chapter);
        EpubValidator.Result epubcheck = EpubValidator.check(out.resolve("code.epub"));
        assertTrue(epubcheck.clean(), epubcheck.describe());

        byte[] pdf = Files.readAllBytes(out.resolve("code.pdf"));
        List<String> codeFonts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    super.processTextPosition(position);
                    text.append(position.getUnicode());
                    codeFonts.add(position.getFont().getName());
                }
            };
            stripper.getText(document);
        }
        String all = text.toString();
        int at = all.indexOf(CODE);
        assertTrue(at >= 0, "the code, as written, in the PDF's text: " + all);
        for (int i = at; i < at + CODE.length(); i++) {
            assertTrue(all.charAt(i) == ' ' || codeFonts.get(i).contains("SourceCodePro"),
                    "character " + all.charAt(i) + " in " + codeFonts.get(i));
        }
        int key = all.indexOf("Ctrl+C");
        assertTrue(key >= 0 && codeFonts.get(key).contains("SourceCodePro"), "the key in the monospace face");
        assertTrue(codeFonts.get(all.indexOf("Lancez")).contains("SourceSerif"), "the text around it in the serif");
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");
    }

    private static String chapterXhtml(Path epub) throws Exception {
        return EpubFiles.entries(epub).values().stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .filter(s -> s.contains("Lancez"))
                .findFirst().orElseThrow();
    }
}
