package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.layout.VisibleText;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The EPUB's print page markers sit where the PDF's pages begin: for every marker, the
 * words after it are the first words of the body text of the PDF page with that folio.
 */
class PageBreakMarkersTest {

    private static final Pattern MARKER = Pattern.compile(
            "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page-([^\"]+)\" aria-label=\"([^\"]+)\"/>");

    @TempDir
    Path dir;

    @Test
    void defaultManuscriptMarkersMatchItsPdfPages() throws Exception {
        check(Path.of("manuscript/macron-rutte.xml"), "macron-rutte");
    }

    @Test
    void ponsonMarkersMatchItsPdfPages() throws Exception {
        check(Path.of("../shared/corpus/FRA03101_Ponson.xml"), "FRA03101_Ponson");
    }

    @Test
    void ansteyMarkersMatchItsPdfPages() throws Exception {
        check(Path.of("../shared/corpus/ENG18820_Anstey.xml"), "ENG18820_Anstey");
    }

    private void check(Path manuscript, String name) throws Exception {
        new Colophon(d -> { }, Colophon.Progress.silent()).build(manuscript, Colophon.Options.defaults(dir));
        BookInvariants.checkBuild(manuscript, dir);
        Path epub = dir.resolve(name + ".epub");
        Map<String, byte[]> entries = EpubFiles.entries(epub);
        List<String[]> markers = new ArrayList<>(); // label, text after the marker
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().startsWith("EPUB/text/")) {
                continue;
            }
            String xhtml = new String(e.getValue(), StandardCharsets.UTF_8);
            Matcher m = MARKER.matcher(xhtml);
            while (m.find()) {
                assertEquals(m.group(1), m.group(2));
                markers.add(new String[] {m.group(1), visibleText(xhtml.substring(m.end()), 10), e.getKey()});
            }
        }
        String nav = new String(entries.get("EPUB/nav.xhtml"), StandardCharsets.UTF_8);
        Document navDoc = EpubFiles.parse(entries.get("EPUB/nav.xhtml"));
        assertTrue(nav.contains("epub:type=\"page-list\""), nav);
        int listed = nav.split("#page-", -1).length - 1;
        assertEquals(markers.size(), listed, "one page-list entry per marker");
        assertTrue(navDoc.getDocumentElement() != null);
        String opf = new String(entries.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains(">printPageNumbers</meta>"), opf);
        assertTrue(opf.contains("<meta refines=\"#pagination-source\" property=\"source-of\">pagination</meta>"), opf);

        try (PDDocument pdf = Loader.loadPDF(dir.resolve(name + ".pdf").toFile())) {
            PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();
            Map<String, Integer> byLabel = labels.getPageIndicesByLabels();
            List<String> failures = new ArrayList<>();
            for (String[] marker : markers) {
                Integer index = byLabel.get(marker[0]);
                if (index == null) {
                    failures.add("no PDF page labelled " + marker[0]);
                    continue;
                }
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(index + 1);
                stripper.setEndPage(index + 1);
                String pageText = stripper.getText(pdf);
                if (pageText.isBlank()) {
                    continue; // a blank page: its marker stands just before the next page's
                }
                String[] lines = pageText.split("\\R");
                // the body's first line is among the page's first three (after a running head and a folio)
                boolean found = false;
                for (int i = 0; i < Math.min(3, lines.length) && !found; i++) {
                    found = joined(lines, i, true).startsWith(marker[1]) || joined(lines, i, false).startsWith(marker[1]);
                }
                if (!found) {
                    failures.add("page " + marker[0] + " (" + marker[2] + "): EPUB has \u201c" + marker[1]
                            + "\u201d after its marker, the PDF page begins " + String.join(" | ",
                            List.of(lines).subList(0, Math.min(3, lines.length))));
                }
            }
            assertEquals(List.of(), failures);
            assertEquals(pdf.getNumberOfPages(), markers.size(), "a marker for every page of the PDF");
        }
        EpubValidator.Result check = EpubValidator.check(epub);
        assertTrue(check.clean(), check.describe());
    }

    /**
     * The visible text of the page from line {@code from} on, without the contents' leaders
     * and page numbers (they are not in the XHTML); {@code keepHyphens}: a hyphen ending a
     * line is the author's, else the setter's.
     */
    private static String joined(String[] lines, int from, boolean keepHyphens) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < lines.length && s.length() < 40; i++) {
            String line = lines[i].replaceAll("( ?\\.){3,}.*$", "");
            if (!keepHyphens && line.endsWith("-")) {
                line = line.substring(0, line.length() - 1);
            }
            s.append(visibleText(line, 200));
        }
        return s.toString();
    }

    /** The first {@code n} visible characters of XHTML (tags dropped, entities read) or text. */
    static String visibleText(String s, int n) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length() && out.length() < n) {
            char c = s.charAt(i);
            if (c == '<') {
                i = s.indexOf('>', i) + 1;
                continue;
            }
            if (c == '&') {
                int semi = s.indexOf(';', i);
                String name = s.substring(i + 1, semi);
                out.append(switch (name) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> new String(Character.toChars(name.startsWith("#x")
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
                });
                i = semi + 1;
                continue;
            }
            int cp = s.codePointAt(i);
            if (VisibleText.isVisible(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
