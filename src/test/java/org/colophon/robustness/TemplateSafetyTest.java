package org.colophon.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.styles.Styles;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A layout reaches only what Colophon hands it: no class, class loader, runtime, file or
 * reflection. Manuscript text that looks like Velocity or markup comes out as the very
 * characters the author wrote, escaped, in the EPUB and in the PDF.
 */
class TemplateSafetyTest {

    private static final Path SAMPLE = Path.of("manuscript/macron-rutte.xml");

    @TempDir
    Path dir;

    private static Colophon colophon() {
        return new Colophon(Warnings.ignore(), Colophon.Progress.silent());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$division.id.getClass().forName(\"java.lang.Runtime\")",
            "$division.id.class.forName(\"java.lang.Runtime\")",
            "$division.id.getClass().getClassLoader()",
            "$division.id.class.classLoader.loadClass(\"java.lang.Runtime\")",
            "$division.id.getClass().getProtectionDomain()",
            "$division.id.getClass().getMethods()",
            "#set($rt = $division.id.getClass().forName(\"java.lang.Runtime\"))$rt.getRuntime().exec(\"touch PWNED\")",
            "$division.content.getClass().getClassLoader().getResource(\"/etc/passwd\")",
            "$division.id.getClass().getModule()",
            "$book.getClass().forName(\"java.lang.System\").exit(3)",
    })
    void reflectionFromALayoutIsABuildErrorAtItsPlace(String expression) throws Exception {
        Path styles = dir.resolve("styles");
        Hostile.write(styles.resolve("layouts/chapter.vm"),
                "<section id=\"$division.id\">\n<h1>$division.title</h1>\n  <p>" + expression + "</p>\n$division.content\n</section>\n");
        Path out = dir.resolve("out");
        BuildException e = assertThrows(BuildException.class, () -> colophon().build(SAMPLE,
                Colophon.Options.builder(out).styles(Styles.fromDirectory(styles)).build()));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(styles.resolve("layouts/chapter.vm").toAbsolutePath().toString(), d.file(), d::toString);
        assertEquals(3, d.line(), d::toString);
        assertTrue(d.column() >= 6, d::toString);
        assertTrue(d.message().startsWith("layout error: "), d::toString);
        assertTrue(d.message().contains("java.lang.Class") || d.message().contains("evaluated to null")
                || d.message().contains("does not contain method"), d::toString);
        assertFalse(Files.exists(Path.of("PWNED")) || Files.exists(dir.resolve("PWNED")), "a process was run");
        assertEquals(Map.of(), Hostile.snapshot(out));
    }

    /** Each is one paragraph of the manuscript, written escaped as XML needs, and what a reader must see. */
    private static final List<String[]> LITERALS = List.of(
            new String[] {"Dollar $title and ${book.title} and $!division.id", "Dollar $title and ${book.title} and $!division.id"},
            new String[] {"Set #set($x = 1) #if(true)yes#end #foreach($i in [1..3])$i#end",
                    "Set #set($x = 1) #if(true)yes#end #foreach($i in [1..3])$i#end"},
            new String[] {"Script &lt;script&gt;alert(1)&lt;/script&gt; done", "Script <script>alert(1)</script> done"},
            new String[] {"Section end ]]&gt; and &lt;![CDATA[x]]&gt; done", "Section end ]]> and <![CDATA[x]]> done"},
            new String[] {"Comment ## line #* block *# \\$escaped #macro(m)x#end", "Comment ## line #* block *# \\$escaped #macro(m)x#end"},
            new String[] {"Entity &amp;lt; &amp;amp; &lt;b&gt;bold&lt;/b&gt; &amp;#36;", "Entity &lt; &amp; <b>bold</b> &#36;"},
            // English typography curls the quotes, and does nothing else
            new String[] {"Parse #parse(\"print.css\") #include(\"../pom.xml\") #stop end",
                    "Parse #parse(\u201cprint.css\u201d) #include(\u201c../pom.xml\u201d) #stop end"});

    @Test
    void manuscriptTextThatLooksLikeCodeComesOutLiterallyInBothBooks() throws Exception {
        StringBuilder body = new StringBuilder("      <title>Chapter $chapter #set($n = 2) &lt;i&gt;</title>\n");
        for (String[] l : LITERALS) {
            body.append("      <p>").append(l[0]).append("</p>\n");
        }
        body.append("      <p>Noted<note><p>Note $note.body #end &lt;/aside&gt;</p></note> here.</p>\n");
        String manuscript = Hostile.chapter("en", body.toString())
                .replace("<title>Titre</title>", "<title>Book $book.title #set($t = 1) &lt;i&gt; ]]&gt;</title>");
        Path file = Hostile.write(dir.resolve("literal.xml"), manuscript);
        Path out = dir.resolve("out");
        colophon().build(file, Colophon.Options.defaults(out));

        Map<String, byte[]> epub = EpubFiles.entries(out.resolve("literal.epub"));
        StringBuilder chapters = new StringBuilder();
        for (Map.Entry<String, byte[]> e : epub.entrySet()) {
            String raw = new String(e.getValue(), StandardCharsets.UTF_8);
            if (e.getKey().endsWith(".xhtml") || e.getKey().endsWith(".opf") || e.getKey().endsWith(".ncx")) {
                assertFalse(raw.contains("<script") || raw.contains("<b>") || raw.contains("<i>"),
                        e.getKey() + " carries markup from the manuscript:\n" + raw);
                String text = EpubFiles.parse(e.getValue()).getDocumentElement().getTextContent();
                if (e.getKey().startsWith("EPUB/text/chapter")) {
                    chapters.append(text);
                }
                if (e.getKey().endsWith("package.opf") || e.getKey().endsWith("title.xhtml") || e.getKey().endsWith("nav.xhtml")) {
                    assertTrue(text.contains("Book $book.title #set($t = 1) <i> ]]>"), e.getKey() + ":\n" + text);
                }
            }
        }
        String chapterText = chapters.toString();
        for (String[] l : LITERALS) {
            assertTrue(chapterText.contains(l[1]), "EPUB lacks: " + l[1] + "\nin:\n" + chapterText);
        }
        assertTrue(chapterText.contains("Chapter $chapter #set($n = 2) <i>"), chapterText);
        assertTrue(chapterText.contains("Note $note.body #end </aside>"), chapterText);
        EpubValidator.Result check = EpubValidator.check(out.resolve("literal.epub"));
        assertTrue(check.clean(), check.describe());

        try (PDDocument pdf = Loader.loadPDF(out.resolve("literal.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String[] l : LITERALS) {
                assertTrue(text.contains(l[1]), "PDF lacks: " + l[1] + "\nin:\n" + text);
            }
            assertTrue(text.contains("Chapter $chapter #set($n = 2) <i>"), text);
            assertTrue(text.contains("Note $note.body #end </aside>"), text);
        }
    }
}
