package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code blocks in both books, from a book with Java, XML, JSON, shell and Python listings:
 * every character of the code reaches the page as written, a line wider than the measure
 * wraps inside it with a continuation mark, line numbers stand in the margin, the
 * highlighting shows as spans in the EPUB and as colours in the PDF, a block is never split
 * leaving one line alone, and both books pass their validators.
 */
class CodeBlocksCliTest {

    private static final String FILL = ("<p>A paragraph of filler that takes up room on the page, so that the code"
            + " blocks fall at different places and must sometimes cross a page break.</p>\n");

    static final String JAVA = """
            /** Says hello. */
            @Deprecated
            public final class Hello {
                // straight "quotes" -- and 'chars' ... fi ffi
                public static void main(String[] args) {
                    int n = 0x1F + 42;
                    System.out.println("Hello, world! This line is long on purpose: it wraps at the right margin, twice.");
                }
            }""";
    static final String XML = """
            <?xml version="1.0"?>
            <!-- a comment -->
            <book lang="en">&amp; text --strict</book>""";
    static final String JSON = "{\"name\": \"colophon\", \"version\": 1, \"ok\": true, \"list\": [1, 2.5, null]}";
    static final String SHELL = """
            #!/bin/sh
            # build it
            mvn -B -q package --strict && echo "$HOME" 'done'""";
    static final String PYTHON = """
            def greet(name: str) -> None:
                \"\"\"Says hi.\"\"\"
                print(f"hi {name}")  # a comment""";

    private static final int BLOCKS = 8;
    private static final int ROWS = 9;

    @TempDir
    static Path dir;
    static Path out;
    static Map<String, byte[]> epub;
    static List<List<Glyph>> pages = new ArrayList<>();
    static List<String> pageTexts = new ArrayList<>();
    static String warnings;
    static int cobolLine;

    /** A glyph on a page: its text, where it is, how big, in which face and colour. */
    record Glyph(String text, float x, float y, float right, float size, String font, int rgb) {}

    private static String cdata(String code) {
        return "<![CDATA[" + code + "]]>";
    }

    private static String rows(String prefix, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(i > 1 ? "\n" : "").append("print(\"").append(prefix).append(String.format("%02d", i)).append("\")");
        }
        return sb.toString();
    }

    @BeforeAll
    static void build() throws Exception {
        Path manuscript = dir.resolve("code.xml");
        StringBuilder splits = new StringBuilder();
        for (int k = 0; k < BLOCKS; k++) {
            // long blocks after fillers of changing length: some must cross a page break
            splits.append(FILL.repeat(1 + k % 3)).append("<code-block language=\"python\">")
                    .append(rows("r" + k + "x", ROWS)).append("</code-block>\n");
        }
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
                <metadata><title>Code</title><creator role="author">A B</creator><date>2026-12-03</date></metadata>
                <body>
                <chapter id="ch1"><title>Listings</title>
                <p>See <ref target="l-java" show="label on-page"/>.</p>
                <code-block language="java" line-numbers="true" id="l-java"><caption>A greeting</caption>%s</code-block>
                <code-block language="xml">%s</code-block>
                <code-block language="json">%s</code-block>
                <code-block language="shell">%s</code-block>
                <code-block language="python" line-numbers="true">%s</code-block>
                <code-block language="cobol">DISPLAY 'HELLO'.</code-block>
                </chapter>
                <chapter id="ch2"><title>Page breaks</title>
                %s
                </chapter>
                </body></book>
                """.formatted(cdata(JAVA), cdata(XML), cdata(JSON), cdata(SHELL), cdata(PYTHON), splits),
                StandardCharsets.UTF_8);
        out = dir.resolve("out");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        warnings = run.out() + run.err();
        String source = Files.readString(manuscript);
        cobolLine = source.substring(0, source.indexOf("<code-block language=\"cobol\"")).split("\n", -1).length;
        BookInvariants.checkBuild(manuscript, List.of(out.resolve("code.pdf"), out.resolve("code.epub")));
        epub = EpubFiles.entries(out.resolve("code.epub"));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("code.pdf")))) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                GlyphStripper stripper = new GlyphStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(stripper.getText(pdf));
                pages.add(stripper.glyphs);
            }
        }
    }

    /** Collects every glyph with the fill colour it is drawn in. */
    static final class GlyphStripper extends PDFTextStripper {
        final List<Glyph> glyphs = new ArrayList<>();

        GlyphStripper() throws IOException {
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            super.processTextPosition(t);
            int rgb;
            try {
                rgb = getGraphicsState().getNonStrokingColor().toRGB();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
                    t.getFontSizeInPt(), t.getFont().getName(), rgb & 0xFFFFFF));
        }
    }

    private static boolean isCode(Glyph g) {
        return g.font().contains("SourceCodePro") && g.size() > 7.5f;
    }

    private static String codeText(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) {
            if (isCode(g)) {
                sb.append(g.text());
            }
        }
        return sb.toString();
    }

    private static String withoutSpaces(String s) {
        return s.replaceAll("[\\s\u00AD]", "");
    }

    private static String chapter(int n) {
        return new String(epub.get("EPUB/text/chapter-00" + n + ".xhtml"), StandardCharsets.UTF_8);
    }

    @Test
    void everyCharacterOfTheCodeReachesThePageAsWritten() {
        String printed = withoutSpaces(pages.stream().map(CodeBlocksCliTest::codeText).reduce("", String::concat));
        String xmlAsWritten = XML.replace("&amp;", "&amp;"); // CDATA: the entity stays as typed
        for (String code : List.of(JAVA, xmlAsWritten, JSON, SHELL, PYTHON)) {
            assertTrue(printed.contains(withoutSpaces(code)), "printed as written: " + code + "\nin " + printed);
        }
        String all = String.join("\n", pageTexts);
        assertTrue(all.contains("\"quotes\" -- and 'chars' ... fi ffi"), "no quote, dash or ligature substitution");
        assertTrue(all.contains("mvn -B -q package --strict && echo \"$HOME\" 'done'"), "spaces kept: " + all);
        assertFalse(all.contains("\u201C") || all.contains("\u2014"), "no curly quote nor dash anywhere in code");
    }

    @Test
    void aLongLineWrapsInsideTheMeasureWithAContinuationMark() {
        float right = 0;
        for (List<Glyph> page : pages) {
            for (Glyph g : page) {
                if (g.font().contains("SourceSerif4-Regular")) {
                    right = Math.max(right, g.right()); // justified body text reaches the measure's end
                }
            }
        }
        assertTrue(right > 0);
        int marks = 0;
        for (List<Glyph> page : pages) {
            for (Glyph g : page) {
                if (isCode(g)) {
                    assertTrue(g.right() <= right + 0.5f, "'" + g.text() + "' ends at " + g.right() + ", past " + right);
                    // the mark is drawn with the code of a soft hyphen: copied text has no mark in it
                    if (g.text().isEmpty() || g.text().equals("\u00AD")) {
                        marks++;
                        for (Glyph other : page) {
                            assertFalse(isCode(other) && Math.abs(other.y() - g.y()) < 1 && other.x() > g.x(),
                                    "the mark ends its line: " + other);
                        }
                    }
                }
            }
        }
        Set<String> odd = new java.util.TreeSet<>();
        pages.forEach(p -> p.stream().filter(g -> isCode(g) && !g.text().isEmpty() && !g.text().matches("[\\p{Alnum}\\p{Punct} ]"))
                .forEach(g -> odd.add(Integer.toHexString(g.text().codePointAt(0)))));
        assertTrue(marks >= 2, "the long Java line is cut twice, each cut marked: " + marks + " " + odd);
        String all = String.join("", pageTexts);
        assertTrue(all.contains("System.out.println(\"Hello"), all);
        // it is cut after spaces, as an editor wraps it: no word is cut in two
        for (String word : List.of("purpose:", "wraps", "right", "margin,", "twice.\");")) {
            assertTrue(all.contains(word), "'" + word + "' is cut:\n" + all);
        }
    }

    @Test
    void lineNumbersStandInTheMarginWhenAsked() {
        List<Glyph> page = pages.stream().filter(p -> codeText(p).contains("classHello")
                || codeText(p).contains("class Hello")).findFirst().orElseThrow();
        Set<String> numbers = new HashSet<>();
        for (Glyph g : page) {
            if (g.font().contains("SourceCodePro") && g.size() <= 7.5f) {
                float lineStart = Float.MAX_VALUE;
                for (Glyph c : page) {
                    if (isCode(c) && Math.abs(c.y() - g.y()) < 1) {
                        lineStart = Math.min(lineStart, c.x());
                    }
                }
                assertTrue(g.right() < lineStart, "a line number left of its line's code: " + g);
                numbers.add(g.text());
            }
        }
        for (int n = 1; n <= 9; n++) {
            assertTrue(numbers.contains(Integer.toString(n)), "line number " + n + " of " + numbers);
        }
        String xhtml = chapter(1);
        assertTrue(xhtml.contains("<span class=\"line-number\" aria-hidden=\"true\">1 </span>"), xhtml);
        assertFalse(xhtml.contains("language-xml\"><span class=\"line-number\""), "numbers only where asked");
    }

    @Test
    void highlightingIsInTheEpubAsSpansAndInThePdfAsColours() {
        String xhtml = chapter(1);
        assertTrue(xhtml.contains("<pre class=\"code line-numbers\"><code class=\"language-java\">"), xhtml);
        assertTrue(xhtml.contains("<span class=\"tok-keyword\">public final class </span>Hello"), xhtml);
        assertTrue(xhtml.contains("<span class=\"tok-comment\">// straight &quot;quotes&quot;"), xhtml);
        assertTrue(xhtml.contains("<span class=\"tok-tag\">&lt;book </span><span class=\"tok-attribute\">lang</span>"),
                "XML");
        assertTrue(xhtml.contains("<span class=\"tok-number\">2.5</span>"), "JSON");
        assertTrue(xhtml.contains("<span class=\"tok-comment\"># build it</span>"), "shell");
        assertTrue(xhtml.contains("<span class=\"tok-keyword\">def </span>greet"), "Python");
        assertTrue(xhtml.contains("<code class=\"language-cobol\">DISPLAY &#39;HELLO&#39;.</code>"), "unknown: plain");
        assertTrue(warnings.contains("code.xml:" + cobolLine + ":1: warning: <code-block language=\"cobol\">"), warnings);
        assertTrue(xhtml.contains("<figcaption><span class=\"label\">Listing\u00a01</span>. A greeting</figcaption>"), xhtml);

        Map<String, Integer> colours = new java.util.HashMap<>();
        Set<Integer> all = new HashSet<>();
        for (List<Glyph> page : pages) {
            String text = codeText(page);
            List<Glyph> code = page.stream().filter(CodeBlocksCliTest::isCode).toList();
            for (String word : List.of("public", "Says", "0x1F", "println", "Hello,")) {
                int at = text.indexOf(word);
                if (at >= 0 && !colours.containsKey(word)) {
                    colours.put(word, code.get(at).rgb());
                }
            }
            code.forEach(g -> all.add(g.rgb()));
        }
        assertEquals(5, colours.size(), colours.toString());
        assertEquals(5, new HashSet<>(colours.values()).size(), "keyword, comment, number, plain and string differ: "
                + colours);
        assertTrue(all.size() >= 6, "colours of code: " + all.size());
        for (int rgb : all) {
            int r = rgb >> 16 & 0xFF;
            int g = rgb >> 8 & 0xFF;
            int b = rgb & 0xFF;
            assertTrue(0.299 * r + 0.587 * g + 0.114 * b < 110, "dark enough to read in grey: " + Integer.toHexString(rgb));
        }
    }

    @Test
    void aCodeBlockIsNeverSplitLeavingOneLineAlone() {
        Pattern row = Pattern.compile("r(\\d)x(\\d\\d)");
        int split = 0;
        for (int k = 0; k < BLOCKS; k++) {
            List<Integer> perPage = new ArrayList<>();
            for (String text : pageTexts) {
                Matcher m = row.matcher(text);
                int n = 0;
                while (m.find()) {
                    n += m.group(1).equals(Integer.toString(k)) ? 1 : 0;
                }
                if (n > 0) {
                    perPage.add(n);
                }
            }
            assertEquals(ROWS, perPage.stream().mapToInt(Integer::intValue).sum(), "block " + k + ": " + perPage);
            for (int n : perPage) {
                assertTrue(n >= 2, "block " + k + " leaves a line alone: " + perPage);
            }
            split += perPage.size() > 1 ? 1 : 0;
        }
        assertTrue(split >= 1, "at least one block crosses a page break, else this test proves nothing");
    }

    @Test
    void bothBooksPassTheirValidators() throws Exception {
        EpubValidator.Result epubcheck = EpubValidator.check(out.resolve("code.epub"));
        assertTrue(epubcheck.clean(), epubcheck.describe());
        byte[] pdf = Files.readAllBytes(out.resolve("code.pdf"));
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");
        assertEquals(List.of(), PdfValidator.pdfA2a(pdf).failedRules(), "PDF/A-2a");
    }

    @Test
    void teiExamplesAreCodeBlocksToo(@TempDir Path tei) throws Exception {
        Path source = tei.resolve("eg.xml");
        Files.writeString(source, """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
                <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><date>1900</date>\
                </publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
                <text><body><div><head>One</head><p>Before the example.</p>
                <eg rend="numbered"><code lang="python">def f(x):
                    return "x" -- 1</code></eg>
                <eg><code lang="cobol">DISPLAY 'X'.</code></eg>
                </div></body></text></TEI>
                """, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("build", source.toString(), "--out", tei.resolve("out").toString(), "--quiet");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("eg.xml:7:1: warning: <eg> in cobol: Colophon does not highlight it"), run.err());
        Map<String, byte[]> book = EpubFiles.entries(tei.resolve("out/eg.epub"));
        String xhtml = book.entrySet().stream().filter(e -> e.getKey().endsWith(".xhtml"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).filter(x -> x.contains("language-python"))
                .findFirst().orElseThrow();
        assertTrue(xhtml.contains("<span class=\"line-number\" aria-hidden=\"true\">1 </span>"
                + "<span class=\"tok-keyword\">def </span>f(x)"), xhtml);
        assertTrue(xhtml.contains("&quot;x&quot; </span><span class=\"tok-operator\">-- </span>"), xhtml);
    }

    @Test
    void aBadLanguageOrLineNumbersValueIsRefusedAtItsPlace(@TempDir Path bad) throws Exception {
        Path manuscript = bad.resolve("bad.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="en">
                <metadata><title>Bad</title><creator role="author">A B</creator><date>2026-12-03</date></metadata>
                <body><chapter><title>One</title>
                <code-block language="Java Script">x = 1</code-block>
                <code-block line-numbers="yes">y = 2</code-block>
                <code-block>z = 3<caption>Late</caption></code-block>
                </chapter></body></book>
                """, StandardCharsets.UTF_8);
        Path elsewhere = bad.resolve("out");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", elsewhere.toString(), "--quiet");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains(manuscript + ":5:1: error: attribute language=\"Java Script\" on <code-block>"
                + " is not valid: expected a language's short name"), run.err());
        assertTrue(run.err().contains(manuscript + ":6:1: error: attribute line-numbers=\"yes\""), run.err());
        assertTrue(run.err().contains(":7:18: error: the <caption> of a <code-block> comes before its code"), run.err());
        assertFalse(run.err().contains("does not highlight"), "no warning on top of the error");
        assertTrue(Files.notExists(elsewhere), "nothing written");
    }
}
