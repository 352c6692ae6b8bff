package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.testing.BookInvariants;
import org.colophon.testing.EpubFiles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbered chapters, sections and figures, cross-references that print their target's
 * label, title and page, and a list of figures, in both books: every page a reference or
 * the list names is the page the PDF prints its target on, and the EPUB says the same
 * words with a link.
 */
class NumbersAndReferencesCliTest {

    private static final String FILL = ("<p>Un paragraphe de remplissage qui occupe de la place sur la page,"
            + " pour que la figure tombe plus loin dans le livre et que les renvois aient un vrai numéro"
            + " de page à citer.</p>\n").repeat(14);

    @TempDir
    static Path dir;
    static Path out;
    static Map<String, byte[]> epub;
    static List<String> pageTexts = new ArrayList<>();
    static List<String> pageLabels;

    @BeforeAll
    static void build() throws Exception {
        Files.createDirectories(dir.resolve("images"));
        ImageIO.write(new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB), "png",
                dir.resolve("images/plan.png").toFile());
        Path styles = dir.resolve("styles");
        Files.createDirectories(styles.resolve("layouts"));
        Files.writeString(styles.resolve("layouts/numbering.properties"),
                "chapter = arabic\nsection = chapter\nfigure = chapter\n");
        Path manuscript = dir.resolve("renvois.xml");
        Files.writeString(manuscript, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="https://colophon.org/ns/manuscript/1" version="1" xml:lang="fr">
                <metadata><title>Renvois</title><creator role="author">Prénom Nom</creator><date>2026-12-03</date></metadata>
                <front><list-of-figures/></front>
                <body>
                <chapter id="ch-un"><title>Premier</title>
                <p>Voir <ref target="fig-plan" show="label on-page"/> et <ref target="sec-deux"/>,
                puis <ref target="sec-deux" show="title page"/>.<note id="n-un">Une note.</note></p>
                %1$s
                <section id="sec-un"><title>Une section</title>%1$s
                <figure id="fig-plan" src="images/plan.png" alt="Un plan gris"><caption>Le plan du quartier</caption></figure>
                %1$s</section>
                </chapter>
                <chapter id="ch-deux"><title>Second</title>
                <section id="sec-deux"><title>Deux sections</title>
                <p>Retour au <ref target="ch-un" show="label"/>, à la <ref target="fig-plan" show="Label page"/>,
                à <ref target="sec-un" show="number"/> et à la <ref target="n-un"/>.</p>
                </section></chapter>
                </body></book>
                """.formatted(FILL), StandardCharsets.UTF_8);
        out = dir.resolve("out");
        CliRun run = CliRun.of("build", manuscript.toString(), "--out", out.toString(), "--styles", styles.toString(),
                "--quiet");
        assertEquals(0, run.status(), run.err());
        BookInvariants.checkBuild(manuscript, List.of(out.resolve("renvois.pdf"), out.resolve("renvois.epub")));
        epub = EpubFiles.entries(out.resolve("renvois.epub"));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out.resolve("renvois.pdf")))) {
            pageLabels = List.of(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(stripper.getText(pdf).replaceAll("\\s+", " "));
            }
        }
    }

    private static String xhtml(String name) {
        return new String(epub.get("EPUB/text/" + name), StandardCharsets.UTF_8);
    }

    /** The printed label of the one page whose text holds {@code words}. */
    private static String pageOf(String words) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < pageTexts.size(); i++) {
            if (pageTexts.get(i).contains(words)) {
                found.add(pageLabels.get(i));
            }
        }
        assertEquals(1, found.size(), "pages printing '" + words + "': " + found);
        return found.get(0);
    }

    @Test
    void headingsAndCaptionsPrintTheirNumbersInTheBooksLanguage() {
        String one = xhtml("chapter-001.xhtml");
        assertTrue(one.contains("Chapitre\u00a01</span><br/>Premier</h1>"), one);
        assertTrue(one.contains("<span class=\"number\">1.1</span>"), "the section's number");
        assertTrue(one.contains("<figcaption><span class=\"label\">Figure\u00a01.1</span>\u00a0– Le plan du quartier"),
                "the caption's label");
        String all = String.join(" ", pageTexts);
        assertTrue(all.contains("Chapitre 1 Premier") && all.contains("Chapitre 2 Second"), all);
        assertTrue(all.contains("2.1 Deux sections"), "the section's number in the PDF");
        assertTrue(all.contains("Figure 1.1 – Le plan du quartier"), "the caption's label in the PDF");
    }

    @Test
    void everyPageAReferencePrintsIsThePageItsTargetIsOn() {
        String figurePage = pageOf("Figure 1.1 – Le plan du quartier");
        String sectionPage = pageOf("2.1 Deux sections");
        String all = String.join(" ", pageTexts);
        assertTrue(all.contains("Voir figure 1.1 à la page " + figurePage + " et section 2.1,"), all);
        assertTrue(all.contains("puis Deux sections page " + sectionPage + "."), all);
        assertTrue(all.contains("à la Figure 1.1 page " + figurePage + ","), all);
        assertTrue(all.contains("Retour au chapitre 1,"), all);
        assertTrue(all.contains("à 1.1 et à la note 1."), "a reference to a note names it, printing it no twice: " + all);
        assertEquals(1, occurrences(all, "Une note."), "the note is printed once");
    }

    @Test
    void theEpubSaysTheSameWordsWithALinkToTheTarget() {
        String one = xhtml("chapter-001.xhtml");
        String figurePage = pageOf("Figure 1.1 – Le plan du quartier");
        assertTrue(one.contains("<a class=\"xref\" href=\"#fig-plan\">figure\u00a01.1 à la page\u00a0" + figurePage + "</a>"),
                one);
        assertTrue(one.contains("id=\"fig-plan\""), "the figure carries the id the link points to");
        String two = xhtml("chapter-002.xhtml");
        assertTrue(two.contains("<a class=\"xref\" href=\"chapter-001.xhtml#n-un\">note\u00a01</a>"), two);
        assertTrue(two.contains("href=\"chapter-001.xhtml#ch-un\">chapitre\u00a01</a>"), two);
    }

    @Test
    void theListOfFiguresGivesTheFiguresPageInThePdfAndALinkInTheEpub() {
        String figurePage = pageOf("Figure 1.1 – Le plan du quartier");
        String list = pageTexts.stream().filter(t -> t.contains("Table des figures")).findFirst().orElseThrow();
        Matcher entry = Pattern.compile("Figure 1\\.1 Le plan du quartier[ .]*(\\S+)").matcher(list);
        assertTrue(entry.find(), list);
        assertEquals(figurePage, entry.group(1), "the list's page number");
        String lof = xhtml("listoffigures-001.xhtml");
        assertTrue(lof.contains("epub:type=\"loi\""), lof);
        assertTrue(lof.contains("<a href=\"chapter-001.xhtml#fig-plan\"><span class=\"label\">Figure\u00a01.1</span>"), lof);
    }

    @Test
    void bothBooksPassTheirValidators() throws Exception {
        EpubValidator.Result epubcheck = EpubValidator.check(out.resolve("renvois.epub"));
        assertTrue(epubcheck.clean(), epubcheck.describe());
        byte[] pdf = Files.readAllBytes(out.resolve("renvois.pdf"));
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");
        assertEquals(List.of(), PdfValidator.pdfA2a(pdf).failedRules(), "PDF/A-2a");
    }

    @Test
    void aNumberingFileWithAnUnknownKindIsRefusedAtItsLine(@TempDir Path bad) throws Exception {
        Files.createDirectories(bad.resolve("layouts"));
        Path rules = bad.resolve("layouts/numbering.properties");
        Files.writeString(rules, "chapter = arabic\nfigures = chapter\n");
        Path elsewhere = bad.resolve("out");
        CliRun run = CliRun.of("build", dir.resolve("renvois.xml").toString(), "--out", elsewhere.toString(),
                "--styles", bad.toString(), "--quiet");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains(rules + ":2:1: error: unknown key 'figures'; expected one of part, chapter,"),
                run.err());
        assertTrue(Files.notExists(elsewhere), "nothing written");
    }

    private static int occurrences(String text, String words) {
        int n = 0;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            n++;
        }
        return n;
    }
}
