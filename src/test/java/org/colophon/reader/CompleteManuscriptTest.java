package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.model.Asset;
import org.colophon.model.Block;
import org.colophon.model.Block.Paragraph;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Inline.Text;
import org.colophon.model.Metadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code manuscripts/complete/complete.xml} uses every element and attribute of the
 * format, with an XIncluded chapter from a subfolder, a JPEG and two PNGs; each must
 * reach the model as documented in docs/manuscript.md.
 */
class CompleteManuscriptTest {

    private static final Path DIR = Path.of("src/test/resources/manuscripts/complete");
    private static Book book;
    private static final List<Diagnostic> warnings = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        book = new BookReader(warnings::add).read(DIR.resolve("complete.xml"));
    }

    private static Text t(String s) {
        return new Text(s);
    }

    private static Inline em(String s) {
        return new Inline.Styled(Inline.Style.EMPHASIS, List.of(t(s)));
    }

    private static Paragraph p(String s) {
        return new Paragraph(null, null, List.of(t(s)));
    }

    @Test
    void noWarnings() {
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void metadata() {
        Metadata m = book.metadata();
        assertEquals("Le Livre complet", m.title(), "white space collapsed");
        assertEquals("Toutes les balises du format", m.subtitle());
        assertEquals(List.of(
                new Creator("Victor Hugo", "Hugo, Victor", Creator.Role.AUTHOR),
                new Creator("Charles Baudelaire", "Baudelaire, Charles", Creator.Role.TRANSLATOR),
                new Creator("Pierre-Jules Hetzel", null, Creator.Role.EDITOR),
                new Creator("Gustave Doré", null, Creator.Role.ILLUSTRATOR),
                new Creator("Anonyme", null, Creator.Role.AUTHOR)), m.creators());
        assertEquals("fr", m.language());
        assertEquals(new Metadata.Identifier(Metadata.Identifier.Scheme.ISBN, "978-0-306-40615-7"), m.identifier());
        assertEquals("Éditions Colophon", m.publisher());
        assertEquals("2024-11-12", m.date());
        assertEquals("© 2024 Éditions Colophon. Tous droits réservés.", m.rights());
        assertEquals("Un livre d’essai qui emploie tout le format.", m.description());
        assertEquals(List.of("Typographie", "Édition"), m.subjects());
        assertEquals(new Metadata.Series("Les Essais", "2"), m.series());
        assertEquals("images/cover.jpg", m.cover());
        assertEquals("Manuscrit original", m.source());
        assertEquals(new Metadata.ConformanceClaim("EPUB Accessibility 1.1 - WCAG 2.1 Level AA",
                "Atelier de relecture accessible"), m.conformance());
    }

    @Test
    void assetsAreTheCoverAndEveryFigureImageOnceInOrder() throws Exception {
        List<Asset> assets = book.assets();
        assertEquals(List.of("images/cover.jpg", "images/map.png", "images/ornament.png"),
                assets.stream().map(Asset::href).toList(), "in the order the book first names them");
        Asset cover = assets.get(0);
        assertEquals("image/jpeg", cover.mediaType());
        assertEquals(16, cover.width());
        assertEquals(24, cover.height());
        assertEquals(DIR.resolve("images/cover.jpg").toRealPath(), cover.source());
        assertEquals(new Asset("images/ornament.png", DIR.resolve("images/ornament.png").toRealPath(), "image/png", 5, 3),
                assets.get(2));
        Asset map = assets.get(1);
        assertEquals("image/png", map.mediaType());
        assertEquals(12, map.width());
        assertEquals(8, map.height());
    }

    @Test
    void frontMatter() {
        List<Division> front = book.frontMatter();
        assertEquals(List.of(Division.Kind.DEDICATION, Division.Kind.EPIGRAPH, Division.Kind.FOREWORD,
                Division.Kind.PREFACE, Division.Kind.INTRODUCTION, Division.Kind.PROLOGUE),
                front.stream().map(Division::kind).toList());
        assertEquals(List.of("dedicace", "epigraph-1", "foreword-1", "preface-1", "introduction-1", "prologue-1"),
                front.stream().map(Division::id).toList(), "given ids kept, missing ones numbered per kind");

        Division dedication = front.get(0);
        assertTrue(dedication.title().isEmpty());
        assertEquals(List.of(new Paragraph(null, "right", List.of(t("À mes "), em("lecteurs"), t(".")))),
                dedication.blocks());

        Block.BlockQuote motto = assertInstanceOf(Block.BlockQuote.class, front.get(1).blocks().get(0));
        assertEquals(new Block.BlockQuote("motto", "en", List.of(p("All the world’s a stage.")),
                List.of(t("William Shakespeare"))), motto, "the quotation carries its language itself");

        Division preface = front.get(3);
        assertEquals("en", preface.lang());
        assertEquals(List.of(t("Preface")), preface.title());
        assertEquals(List.of(t("To the English edition")), preface.subtitle());
        assertEquals(List.of(p("An English preface.")), preface.blocks(), "no Foreign: the division carries en");

        Paragraph intro = (Paragraph) front.get(4).blocks().get(0);
        assertEquals(new Paragraph(null, "noindent", List.of(t("Voir le "),
                new Inline.CrossRef("ch-verse", List.of(t("chapitre des vers"))), t(" et la "),
                new Inline.CrossRef("carte", List.of(t("carte"))), t("."))), intro,
                "line break and indentation inside the paragraph collapse to one space");
        assertEquals(List.of(t("Prologue")), front.get(5).title());
    }

    @Test
    void partWithItsOwnBlocksAndAnIncludedChapter() {
        Division part = book.body().get(0);
        assertEquals(Division.Kind.PART, part.kind());
        assertEquals("premiere-partie", part.id());
        assertEquals(List.of(t("Première partie")), part.title());
        assertEquals(List.of(t("Les formes")), part.subtitle());
        assertEquals(List.of(p("Ce que contient la partie.")), part.blocks());
        assertEquals(List.of("ch-inline", "ch-verse"), part.children().stream().map(Division::id).toList());
        assertEquals(List.of(t("Les "), em("mots")), part.children().get(0).title());
    }

    @Test
    void everyInlineElement() {
        Division chapter = book.body().get(0).children().get(0);
        Paragraph p = (Paragraph) chapter.blocks().get(0);
        assertEquals("p-inline", p.id());
        List<Inline> expected = List.of(
                t("Du "), em("romain"), t(" et de l’"),
                new Inline.Styled(Inline.Style.STRONG, List.of(t("appui"))), t(", des "),
                new Inline.Styled(Inline.Style.SMALL_CAPS, List.of(t("petites capitales"))), t(", le 1"),
                new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(t("er"))), t(" et H"),
                new Inline.Styled(Inline.Style.SUBSCRIPT, List.of(t("2"))), t("O, une "),
                new Inline.Quote(null, null, List.of(t("citation"))), t(", une "),
                // a quotation in another language: its marks are that language's too
                new Inline.Foreign("en", List.of(new Inline.Quote(null, null, List.of(t("English quote"))))),
                t(", du "), new Inline.Foreign("la", List.of(t("latin"))), t(", une note"),
                new Inline.Note("note-1", List.of(new Paragraph(null, null, List.of(t("Une note "), em("brève"), t(".")))))
                , t(" et une autre"),
                new Inline.Note("note-longue", List.of(p("Premier alinéa de la note."), p("Second alinéa."))),
                t(", un "), new Inline.Link("https://example.org/page", List.of(t("lien"))), t(", un "),
                new Inline.Link("mailto:auteur@example.org", List.of(t("courriel"))), t(", une ligne"),
                new Inline.LineBreak(), t("coupée et une "), new Inline.Anchor("ici"), t("ancre."));
        assertEquals(expected, p.content());
    }

    @Test
    void paragraphStylesAndLanguage() {
        List<Block> blocks = book.body().get(0).children().get(0).blocks();
        assertEquals(new Paragraph(null, "centered", List.of(t("Centré."))), blocks.get(1));
        assertEquals(new Paragraph(null, "signature", List.of(t("La signature"))), blocks.get(2));
        assertEquals(new Paragraph(null, "dateline", List.of(t("Paris, le 12 novembre 2024"))), blocks.get(3));
        assertEquals(new Paragraph(null, null,
                List.of(new Inline.Foreign("en", List.of(t("A paragraph in English."))))), blocks.get(4),
                "a paragraph's xml:lang survives as a Foreign around its text");
    }

    @Test
    void includedChapterWithVerseAndFigure() {
        Division chapter = book.body().get(0).children().get(1);
        assertEquals(Division.Kind.CHAPTER, chapter.kind());
        assertNull(chapter.lang(), "xml:lang=fr is the book's");
        assertEquals(List.of(t("Les vers")), chapter.title());
        Block.Verse poem = (Block.Verse) chapter.blocks().get(0);
        assertEquals(new Block.Verse("poeme", null, List.of(
                new Block.Stanza(List.of(
                        new Block.VerseLine(0, List.of(t("Demain, dès l’aube, à l’heure où blanchit la campagne,"))),
                        new Block.VerseLine(1, List.of(t("Je partirai."))))),
                new Block.Stanza(List.of(
                        new Block.VerseLine(2, List.of(t("J’irai par la forêt, j’irai par la montagne.")))))),
                List.of(t("Victor Hugo"))), poem);
        Block.Verse tyger = (Block.Verse) chapter.blocks().get(1);
        assertEquals("en", tyger.lang());
        assertTrue(tyger.attribution().isEmpty());

        Block.Figure map = (Block.Figure) chapter.blocks().get(2);
        assertEquals(new Block.Figure("carte", "images/map.png", "Une carte", false, List.of(t("Une carte"),
                new Inline.Note("note-2", List.of(p("Dessinée à la main."))))), map,
                "../images/map.png from chapters/ is the book's images/map.png; notes numbered across files");
    }

    @Test
    void blocksChapter() {
        Division chapter = book.body().get(1);
        assertEquals("chapter-1", chapter.id(), "the first chapter without an id");
        assertEquals(List.of(t("Listes, figures et code")), chapter.subtitle());
        List<Block> b = chapter.blocks();
        assertEquals(new Block.ListBlock("liste", true, 3, List.of(
                new Block.ListItem(List.of(p("Troisième"))),
                new Block.ListItem(List.of(p("Quatrième, en blocs."), p("Suite."))))), b.get(0));
        assertEquals(new Block.ListBlock(null, false, 1, List.of(new Block.ListItem(List.of(new Paragraph(null, null,
                List.of(new Inline.Foreign("en", List.of(t("A point"))))))))), b.get(1),
                "a list's language goes on its items' text");
        assertEquals(new Block.ListBlock(null, false, 1, List.of(new Block.ListItem(List.of(p("Sans type"))))), b.get(2));
        assertEquals(new Block.Figure("couverture", "images/cover.jpg", "La couverture du livre", false,
                List.of(t("La "), em("couverture"))), b.get(3));
        assertEquals(new Block.Figure(null, "images/ornament.png", null, true,
                List.of(new Inline.Foreign("en", List.of(t("An ornament"))))), b.get(4));
        assertEquals(new Block.SceneBreak("* * *"), b.get(5));
        assertEquals(new Block.SceneBreak(""), b.get(6));
        assertEquals(new Block.Preformatted("code", "  if (x < 1) {\n      return;\n  }"), b.get(7),
                "pre keeps its spaces; only the line end after <pre> and the closing indentation go");
        Block.Section subsection = new Block.Section(null, 2,
                List.of(new Inline.Foreign("en", List.of(t("A subsection")))),
                List.of(new Paragraph(null, null, List.of(new Inline.Foreign("en", List.of(t("Nested.")))))));
        assertEquals(new Block.Section("s1", 1, List.of(t("Une section")),
                List.of(p("Dans la section."), subsection)), b.get(8),
                "sections nest with levels; a section's language goes on its text");
        assertEquals(new Paragraph(null, null, List.of(t("Retour à "),
                new Inline.Link("http://example.org", List.of(t("l’exemple"))), t(", voir "),
                new Inline.CrossRef("note-longue", List.of(t("la note"))), t(" et "),
                new Inline.CrossRef("ici", List.of(t("l’ancre"))), t("."))), b.get(9));
    }

    @Test
    void backMatter() {
        List<Division> back = book.backMatter();
        assertEquals(List.of(Division.Kind.EPILOGUE, Division.Kind.AFTERWORD, Division.Kind.ACKNOWLEDGEMENTS,
                Division.Kind.APPENDIX), back.stream().map(Division::kind).toList());
        assertEquals(List.of("epilogue-1", "afterword-1", "acknowledgements-1", "annexe"),
                back.stream().map(Division::id).toList());
        assertEquals(List.of(p("Une annexe.")), back.get(3).blocks());
    }

    @Test
    void readingTwiceGivesTheSameBook() throws Exception {
        assertEquals(book, new BookReader(d -> { }).read(DIR.resolve("complete.xml")));
    }

    @Test
    void readersInParallelThreadsAgree() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Book>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reads.add(pool.submit(() -> new BookReader(d -> { }).read(DIR.resolve("complete.xml"))));
            }
            for (java.util.concurrent.Future<Book> read : reads) {
                assertEquals(book, read.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
