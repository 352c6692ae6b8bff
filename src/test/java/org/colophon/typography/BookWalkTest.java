package org.colophon.typography;

import static org.colophon.typography.TestBooks.em;
import static org.colophon.typography.TestBooks.markup;
import static org.colophon.typography.TestBooks.paragraph;
import static org.colophon.typography.TestBooks.q;
import static org.colophon.typography.TestBooks.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;
import org.junit.jupiter.api.Test;

/** The pass reaches every text of the book, in the language in force there, and nothing else. */
class BookWalkTest {

    private static final String NN = "\u202F";
    private static final String NB = "\u00A0";

    private static final String PRE = "if (a != b) { x = \"l'OTAN\" -- y...; z: 12 heures ? }";

    static Book richBook() {
        Metadata metadata = Metadata.builder()
                .title("Macron et Rutte : l'OTAN")
                .subtitle("Vraiment?")
                .creators(List.of(new Creator("Pat O'Brien", "O'Brien, Pat", Creator.Role.AUTHOR)))
                .language("fr")
                .identifier(new Metadata.Identifier(Metadata.Identifier.Scheme.URI, "https://x.fr/l'id?a=1"))
                .publisher("L'Éditeur")
                .date("2024-11-12")
                .rights("Droits : réservés")
                .description("Une \"description\"...")
                .subjects(List.of("l'OTAN"))
                .series(new Metadata.Series("L'Europe", "2"))
                .source("Source : https://gallica.bnf.fr/ark:/12148/x?y")
                .build();
        Block.Paragraph withNote = paragraph(t("Texte"),
                new Inline.Note("n1", List.of(paragraph(t("Voir le 2e tome!")))), t(" ?"));
        Block.BlockQuote englishQuote = new Block.BlockQuote("bq", "en",
                List.of(paragraph(t("\"Really ?\" he asked."))), List.of(t("-- Anon, 1er mai")));
        Block.Verse verse = new Block.Verse("v", null, List.of(new Block.Stanza(List.of(
                new Block.VerseLine(0, List.of(t("Il a dit : « Ce soir,"))),
                new Block.VerseLine(1, List.of(t("Qui vient?")))))), List.of());
        Block.Figure figure = new Block.Figure("f", "images/a.png", "Carte de l'Europe", false,
                List.of(t("Carte : l'Europe au XIXe siècle")));
        Block.ListBlock list = new Block.ListBlock("l", false, 1, List.of(
                new Block.ListItem(List.of(paragraph(t("un; deux"))))));
        Block.Section section = new Block.Section("s", 1, List.of(t("Partie 1 : début")),
                List.of(paragraph(t("Oui!"))));
        Block.Preformatted pre = new Block.Preformatted("p", PRE);
        Division chapter = new Division(Division.Kind.CHAPTER, "c1", null,
                List.of(t("Chapitre 1 : l'arrivée")), List.of(t("Où?")),
                List.of(withNote, englishQuote, verse, figure, list, section, pre, new Block.SceneBreak("* * *")),
                List.of());
        Division english = new Division(Division.Kind.APPENDIX, "a1", "en-US",
                List.of(t("Appendix : the \"facts\"")), List.of(),
                List.of(paragraph(t("It's 12 hours ; "), new Inline.Foreign("fr", List.of(t("c'est ça!"))))), List.of());
        Division part = new Division(Division.Kind.PART, "p1", null, List.of(t("Première partie!")), List.of(),
                List.of(), List.of(chapter));
        return new Book(metadata, List.of(), List.of(part), List.of(english), List.of());
    }

    private final Book out = new Typographer().apply(richBook());

    private Division chapter() {
        return out.body().get(0).children().get(0);
    }

    private String blockText(int index) {
        return markup(((Block.Paragraph) chapter().blocks().get(index)).content());
    }

    @Test
    void metadataTitleSubtitleAndDescription() {
        assertEquals("Macron et Rutte" + NB + ": l’OTAN", out.metadata().title());
        assertEquals("Vraiment" + NN + "?", out.metadata().subtitle());
        assertEquals("Une «" + NN + "description" + NN + "»…", out.metadata().description());
        assertEquals("fr", out.metadata().language());
    }

    @Test
    void metadataPrintedTextsButNotData() {
        Metadata m = out.metadata();
        assertEquals("L’Éditeur", m.publisher());
        assertEquals("Droits" + NB + ": réservés", m.rights());
        assertEquals("Source" + NB + ": https://gallica.bnf.fr/ark:/12148/x?y", m.source());
        assertEquals(new Metadata.Series("L’Europe", "2"), m.series());
        assertEquals("Pat O'Brien", m.creators().get(0).name());
        assertEquals("https://x.fr/l'id?a=1", m.identifier().value());
        assertEquals(List.of("l'OTAN"), m.subjects());
        assertEquals("2024-11-12", m.date());
    }

    @Test
    void divisionTitlesAndNestedDivisions() {
        assertEquals("Première partie" + NN + "!", markup(out.body().get(0).title()));
        assertEquals("Chapitre 1" + NB + ": l’arrivée", markup(chapter().title()));
        assertEquals("Où" + NN + "?", markup(chapter().subtitle()));
        assertEquals("c1", chapter().id());
    }

    @Test
    void notesAreRewrittenInTheLanguageOfTheirCall() {
        assertEquals("Texte<note>Voir le 2<sup>e</sup>" + NB + "tome" + NN + "!</note>" + NN + "?", blockText(0));
    }

    @Test
    void blockQuoteSwitchesLanguage() {
        Block.BlockQuote bq = (Block.BlockQuote) chapter().blocks().get(1);
        assertEquals("“Really?” he asked.", markup(((Block.Paragraph) bq.blocks().get(0)).content()));
        assertEquals("— Anon, 1er mai", markup(bq.attribution()));
        assertEquals("en", bq.lang());
    }

    @Test
    void verseLinesAreRewritten() {
        Block.Verse verse = (Block.Verse) chapter().blocks().get(2);
        List<Block.VerseLine> lines = verse.stanzas().get(0).lines();
        assertEquals("Il a dit" + NB + ": «" + NN + "Ce soir,", markup(lines.get(0).content()));
        assertEquals("Qui vient" + NN + "?", markup(lines.get(1).content()));
        assertEquals(1, lines.get(1).indent());
    }

    @Test
    void figureCaptionAndAltText() {
        Block.Figure figure = (Block.Figure) chapter().blocks().get(3);
        assertEquals("Carte" + NB + ": l’Europe au XIX<sup>e</sup>" + NB + "siècle", markup(figure.caption()));
        assertEquals("Carte de l’Europe", figure.alt());
        assertEquals("images/a.png", figure.src());
    }

    @Test
    void listsAndSections() {
        Block.ListBlock list = (Block.ListBlock) chapter().blocks().get(4);
        assertEquals("un" + NN + "; deux", markup(((Block.Paragraph) list.items().get(0).blocks().get(0)).content()));
        Block.Section section = (Block.Section) chapter().blocks().get(5);
        assertEquals("Partie 1" + NB + ": début", markup(section.title()));
        assertEquals("Oui" + NN + "!", markup(((Block.Paragraph) section.blocks().get(0)).content()));
    }

    @Test
    void preformattedTextAndSceneBreaksAreNeverTouched() {
        Block.Preformatted pre = (Block.Preformatted) chapter().blocks().get(6);
        assertEquals(PRE, pre.text());
        Block.SceneBreak mark = (Block.SceneBreak) chapter().blocks().get(7);
        assertEquals("* * *", mark.mark());
    }

    @Test
    void divisionLanguageSwitchesToEnglishAndForeignBackToFrench() {
        Division appendix = out.backMatter().get(0);
        assertEquals("Appendix: the “facts”", markup(appendix.title()));
        // the "!" ends an English sentence: no French space before it
        assertEquals("It’s 12 hours; <fr>c’est ça!</fr>",
                markup(((Block.Paragraph) appendix.blocks().get(0)).content()));
        assertEquals("en-US", appendix.lang());
    }

    @Test
    void applyingTwiceGivesTheSameBook() {
        Typographer typographer = new Typographer();
        Book twice = typographer.apply(out);
        assertEquals(out, twice);
    }

    @Test
    void idempotentOnTrickyParagraphs() {
        Typographer typographer = new Typographer();
        List<Block> blocks = List.of(
                paragraph(t("le 1er octobre, «mauvais payeurs», 24 heures, XXe siècle, Trump"), em(t("?")),
                        t(" \"oui\" et \" non \" -- l'OTAN... Quoi!? à 12:30")),
                paragraph(q(t("il dit "), q(t("non")), t(" !")), t(" — fin ; "), new Inline.LineBreak(), t("— Suite")),
                paragraph(t("'Tis \"the\" boys' 'ere"), new Inline.Foreign("en", List.of(t("\"Hello ?\" 'em"))),
                        new Inline.Link("https://x.fr/?a=1", List.of(t("https://x.fr/?a=1"))), t("!")));
        for (String lang : List.of("fr", "en", "de")) {
            Book once = typographer.apply(TestBooks.book(lang, blocks));
            assertEquals(once, typographer.apply(once), "idempotent in " + lang);
        }
    }

    @Test
    void aBookWithNothingToChangeKeepsItsText() {
        Book plain = TestBooks.book("fr", List.of(paragraph(t("Rien à changer ici."))));
        Book result = new Typographer().apply(plain);
        assertEquals(plain, result);
        assertSame(plain.assets().size(), result.assets().size());
    }
}
