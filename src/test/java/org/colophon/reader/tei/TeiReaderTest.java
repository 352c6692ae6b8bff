package org.colophon.reader.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.colophon.error.Diagnostic;
import org.colophon.model.Asset;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;
import org.colophon.reader.BookReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every mapped TEI element, read from src/test/resources/tei/every-element.xml. */
class TeiReaderTest {

    private static Path sample;
    private static Book book;
    private static final List<Diagnostic> warnings = new ArrayList<>();

    static Path resource(String name) {
        try {
            return Path.of(TeiReaderTest.class.getResource("/tei/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void read() throws Exception {
        sample = resource("every-element.xml");
        book = new BookReader(warnings::add).read(sample);
    }

    private static String text(List<Inline> content) {
        return TeiInlineReader.plain(content);
    }

    private static Division chapter(int i) {
        return book.body().get(0).children().get(0).children().get(i);
    }

    private static List<Inline.Styled> styled(List<Inline> content) {
        List<Inline.Styled> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.Styled s) {
                out.add(s);
                out.addAll(styled(s.content()));
            }
        }
        return out;
    }

    @Test
    void headerGivesMetadata() {
        Metadata m = book.metadata();
        assertEquals("Le Livre des essais", m.title(), "ELTeC suffix dropped, type=main preferred");
        assertEquals("roman d'épreuve", m.subtitle());
        assertEquals(List.of(
                new Creator("Pierre Alexis Ponson du Terrail", "Ponson du Terrail, Pierre Alexis", Creator.Role.AUTHOR),
                new Creator("Jeanne Martin", "Martin, Jeanne", Creator.Role.AUTHOR)), m.creators());
        assertEquals("fr", m.language(), "text/@xml:lang='fra' becomes BCP 47 'fr'");
        assertEquals("Éditions de l'Essai", m.publisher());
        assertEquals("2024-03-01", m.date());
        assertEquals("CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)", m.rights());
        assertEquals("Pierre Alexis Ponson du Terrail, Le Livre des essais, Paris: Baudry, 1853", m.source(),
                "the print source is preferred to the digital one");
        assertEquals(List.of("Roman gothique"), m.subjects());
        assertNull(m.identifier());
    }

    @Test
    void frontMatterHasTitlePagePrefaceAndDedication() {
        List<Division> front = book.frontMatter();
        assertEquals(List.of(Division.Kind.OTHER, Division.Kind.PREFACE, Division.Kind.DEDICATION),
                front.stream().map(Division::kind).toList());
        Division titlePage = front.get(0);
        assertEquals("titlepage-1", titlePage.id());
        assertEquals(List.of("Le Livre des essais", "par Pierre Alexis Ponson du Terrail", "Paris, Baudry"),
                titlePage.blocks().stream().map(b -> text(((Block.Paragraph) b).content())).toList());
        assertTrue(titlePage.blocks().stream().allMatch(b -> "centered".equals(((Block.Paragraph) b).style())));
        assertEquals("Préface", text(front.get(1).title()));
        assertTrue(front.get(2).title().isEmpty());
    }

    @Test
    void nestedDivsBecomeVolumePartAndChapters() {
        assertEquals(1, book.body().size());
        Division volume = book.body().get(0);
        assertEquals(Division.Kind.VOLUME, volume.kind());
        assertEquals("tome1", volume.id(), "xml:id kept");
        assertEquals("Tome premier", text(volume.title()));
        assertNull(volume.lang(), "same language as the book");
        Division part = volume.children().get(0);
        assertEquals(Division.Kind.PART, part.kind());
        assertEquals("part-1", part.id());
        assertEquals("Première partie", text(part.title()));
        assertEquals("Le château", text(part.subtitle()));
        assertEquals(List.of("chapter-1", "ch2", "chapter-2"), part.children().stream().map(Division::id).toList());
        assertTrue(part.children().stream().allMatch(d -> d.kind() == Division.Kind.CHAPTER));
        assertEquals("III", text(chapter(2).title()), "a div with no head takes its title from @n");
    }

    @Test
    void chapterBlocksComeInOrderWithTheirKinds() {
        List<String> kinds = chapter(0).blocks().stream().map(b -> b.getClass().getSimpleName()
                + (b instanceof Block.Paragraph p && p.style() != null ? ":" + p.style() : "")).toList();
        assertEquals(List.of("Paragraph", "Paragraph", "Paragraph", "BlockQuote", "Verse", "Verse", "Verse", "Verse",
                "SceneBreak", "Paragraph:label", "Paragraph", "Paragraph", "Paragraph", "BlockQuote",
                "Paragraph:noindent", "Paragraph:centered", "ListBlock", "Figure", "Figure", "Paragraph:trailer"), kinds);
    }

    @Test
    void hiRendAndEmphBecomeStyles() {
        Block.Paragraph p = (Block.Paragraph) chapter(0).blocks().get(0);
        List<Inline.Styled> s = styled(p.content());
        List<String> seen = s.stream().map(x -> x.style() + "=" + text(x.content())).toList();
        assertEquals(List.of("EMPHASIS=italique", "STRONG=gras", "SUPERSCRIPT=er", "SUBSCRIPT=2",
                "SMALL_CAPS=petites", "STRONG=les deux", "EMPHASIS=les deux", "EMPHASIS=par défaut",
                "EMPHASIS=insistance"), seen);
        String all = text(p.content());
        assertTrue(all.contains("CAPITALES,"), "rend=capitals sets the letters in capitals: " + all);
        assertTrue(all.contains(", rien,"), "rend=none: plain text");
        assertTrue(all.startsWith("Il y avait italique, gras, 1er, H2O,"), "white space collapsed: " + all);
    }

    @Test
    void foreignAndInlineQuote() {
        Block.Paragraph p = (Block.Paragraph) chapter(0).blocks().get(1);
        List<Inline.Foreign> foreign = p.content().stream().filter(i -> i instanceof Inline.Foreign)
                .map(i -> (Inline.Foreign) i).toList();
        assertEquals(List.of("la", "en"), foreign.stream().map(Inline.Foreign::lang).toList(),
                "three-letter codes become BCP 47; a foreign phrase in the book's own language is not foreign");
        assertEquals("carpe diem", text(foreign.get(0).content()));
        Inline.Quote q = (Inline.Quote) p.content().stream().filter(i -> i instanceof Inline.Quote).findFirst().orElseThrow();
        assertNull(q.open(), "marks are the typography pass's business");
        assertEquals("bonjour à tous", text(q.content()));
    }

    @Test
    void quotationsAndVerse() {
        List<Block> blocks = chapter(0).blocks();
        Block.BlockQuote letter = (Block.BlockQuote) blocks.get(3);
        assertEquals(2, letter.blocks().size());
        assertEquals("Mon cher ami,", text(((Block.Paragraph) letter.blocks().get(0)).content()));

        Block.Verse song = (Block.Verse) blocks.get(4);
        assertEquals(1, song.stanzas().size());
        List<Block.VerseLine> lines = song.stanzas().get(0).lines();
        assertEquals(2, lines.size(), "each paragraph of a song is a line");
        assertEquals("Est encore assis à minuit passé", text(lines.get(1).content()));
        assertInstanceOf(Inline.Styled.class, lines.get(1).content().get(0));

        Block.Verse quotedVerse = (Block.Verse) blocks.get(5);
        assertEquals(List.of("Premier vers cité,", "second vers cité."),
                quotedVerse.stanzas().get(0).lines().stream().map(l -> text(l.content())).toList());

        Block.Verse poem = (Block.Verse) blocks.get(6);
        assertEquals(2, poem.stanzas().size(), "nested lg: one stanza each");
        assertEquals(List.of(0, 1), poem.stanzas().get(0).lines().stream().map(Block.VerseLine::indent).toList());

        Block.Verse bare = (Block.Verse) blocks.get(7);
        assertEquals(2, bare.stanzas().get(0).lines().size(), "consecutive bare l elements form one verse block");

        assertEquals("* * *", ((Block.SceneBreak) blocks.get(8)).mark());
        assertEquals("Étiquette", text(((Block.Paragraph) blocks.get(9)).content()));
    }

    @Test
    void notesAndReferences() {
        Block.Paragraph p = (Block.Paragraph) chapter(0).blocks().get(10);
        List<Inline> c = p.content();
        assertEquals(new Inline.Text("Le mot"), c.get(0), "the note call follows its word with no space");
        Inline.Note foot = (Inline.Note) c.get(1);
        assertEquals("note-1", foot.id());
        assertEquals("Une note de bas de page.", text(((Block.Paragraph) foot.content().get(0)).content()));
        assertEquals(new Inline.Text(" annoté et l'autre "), c.get(2), "the space after the call is kept");
        Inline.Note moved = (Inline.Note) c.get(4);
        assertEquals("n1", moved.id(), "a back note called by ref/@target is moved to its call");
        assertEquals("Note renvoyée depuis le texte.", text(((Block.Paragraph) moved.content().get(0)).content()));
        Inline.Link link = (Inline.Link) c.stream().filter(i -> i instanceof Inline.Link).findFirst().orElseThrow();
        assertEquals("https://example.org/", link.href());
        List<Inline.CrossRef> refs = c.stream().filter(i -> i instanceof Inline.CrossRef).map(i -> (Inline.CrossRef) i).toList();
        assertEquals(1, refs.size(), "only the reference to an id the book has stays a link");
        assertEquals("ch2", refs.get(0).target());
        assertTrue(text(c).endsWith("le chapitre deux et nulle part, le passage."), text(c));
    }

    @Test
    void pageBreaksGapsCorrectionsAndLineBreaks() {
        Block.Paragraph p = (Block.Paragraph) chapter(0).blocks().get(11);
        assertEquals("Texte continue, une lacune […] ici, correction, corrigé, fautif, Monsieur et retour à la ligne.",
                text(p.content()));
        assertTrue(p.content().contains(new Inline.LineBreak()));
    }

    @Test
    void aBlockInsideAParagraphSplitsIt() {
        List<Block> blocks = chapter(0).blocks();
        assertEquals("Avant la citation", text(((Block.Paragraph) blocks.get(12)).content()));
        Block.BlockQuote q = (Block.BlockQuote) blocks.get(13);
        assertEquals("Une citation en bloc dans un paragraphe.", text(((Block.Paragraph) q.blocks().get(0)).content()));
        assertEquals("après la citation.", text(((Block.Paragraph) blocks.get(14)).content()));
    }

    @Test
    void listsFiguresAndTrailer() {
        List<Block> blocks = chapter(0).blocks();
        assertEquals("Une liste", text(((Block.Paragraph) blocks.get(15)).content()));
        Block.ListBlock list = (Block.ListBlock) blocks.get(16);
        assertTrue(list.ordered());
        assertEquals(2, list.items().size());
        assertEquals("second élément", text(((Block.Paragraph) list.items().get(1).blocks().get(0)).content()));

        Block.Figure map = (Block.Figure) blocks.get(17);
        assertEquals("images/map.png", map.src());
        assertEquals("Une carte du pays.", map.alt());
        assertFalse(map.decorative());
        assertEquals("La carte", text(map.caption()));
        assertEquals(List.of(new Asset("images/map.png", sample.getParent().resolve("images/map.png").toAbsolutePath().normalize(),
                "image/png", 3, 2)), book.assets());

        Block.Figure absent = (Block.Figure) blocks.get(18);
        assertNull(absent.src(), "a missing image leaves a figure without an image");
        assertEquals("Une image absente", text(absent.caption()));
        List<Diagnostic> imageWarnings = warnings.stream().filter(d -> d.message().contains("absent.png")).toList();
        assertEquals(1, imageWarnings.size());
        assertTrue(imageWarnings.get(0).line() > 0 && imageWarnings.get(0).file().endsWith("every-element.xml"));

        assertEquals("Fin du chapitre premier.", text(((Block.Paragraph) blocks.get(19)).content()));
    }

    @Test
    void innerDivInAChaptersFlowIsASection() {
        List<Block> blocks = chapter(1).blocks();
        assertEquals(3, blocks.size());
        Block.Section letter = (Block.Section) blocks.get(1);
        assertEquals(1, letter.level());
        assertEquals("Lettre incluse", text(letter.title()));
        assertEquals(java.util.Arrays.asList("salute", null, "signature", "dateline"),
                letter.blocks().stream().map(b -> ((Block.Paragraph) b).style()).collect(Collectors.toList()));
        assertEquals("Suite du chapitre après la lettre.", text(((Block.Paragraph) blocks.get(2)).content()));
    }

    @Test
    void backMatterKeepsOnlyUncalledNotes() {
        List<Division> back = book.backMatter();
        assertEquals(List.of(Division.Kind.NOTES, Division.Kind.APPENDIX), back.stream().map(Division::kind).toList());
        List<Block> notes = back.get(0).blocks();
        assertEquals(1, notes.size(), "the called note n1 is not repeated here");
        Block.Paragraph n2 = (Block.Paragraph) notes.get(0);
        assertEquals("n2", n2.id());
        assertEquals("Note que rien n'appelle.", text(n2.content()));
        assertEquals("Annexe", text(back.get(1).title()));
    }

    @Test
    void knownElementsDrawNoWarnings() {
        assertEquals(1, warnings.size(), "only the missing image: " + warnings);
    }

    @Test
    void everyWordOfTheTextIsInTheModel() throws Exception {
        long tei = TeiWordCount.countTeiText(sample);
        long model = TeiModelText.words(book);
        assertEquals(tei, model);
        assertTrue(tei > 200, "the sample has some words: " + tei);
    }

    @Test
    void readingIsDeterministic() throws Exception {
        Book again = new BookReader(d -> { }).read(sample);
        assertEquals(book, again);
    }

    @Test
    void divGenPlacesTheListsOfFiguresAndTablesAndTheIndex(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path tei = dir.resolve("lists.xml");
        java.nio.file.Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
                <teiHeader><fileDesc><titleStmt><title>Lists</title></titleStmt>
                <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
                <text><front><divGen type="figlist"/><divGen type="tablist"/></front>
                <body><div type="chapter"><head>One</head><p>Text.</p>
                <table><head>Prices</head><row role="label"><cell>Item</cell></row><row><cell>Tea</cell></row></table>
                </div></body><back><divGen type="index"/><divGen type="toc"/></back></text></TEI>
                """);
        Book lists = new BookReader(d -> { }).read(tei);
        assertEquals(List.of(Division.Kind.LIST_OF_FIGURES, Division.Kind.LIST_OF_TABLES),
                lists.frontMatter().stream().map(Division::kind).toList());
        // a divGen Colophon does not make (the contents page is always made) adds nothing
        assertEquals(List.of(Division.Kind.INDEX), lists.backMatter().stream().map(Division::kind).toList());
    }

    @Test
    void pageBreaksMilestonesAndFormeWorkBetweenDivisionsMakeNoDivision(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path tei = dir.resolve("between.xml");
        java.nio.file.Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="it">
                <teiHeader><fileDesc><titleStmt><title>Prova</title></titleStmt>
                <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
                <text><pb n="1"/><!-- c --><front><pb n="2"/><div type="preface"><head>Prefazione</head><p>Buon giorno.</p></div>
                </front><milestone unit="part"/><fw type="header">Testatina</fw><pb n="3"/>
                <body><pb n="4"/><cb/><div type="chapter"><head>Capitolo I</head><lb/><p>Era una volta un re.</p></div>
                <pb n="5"/><milestone unit="x"/><lb/><fw>Testatina</fw><!-- between --><anchor xml:id="a"/>
                <div type="chapter"><pb/><head>Capitolo II</head><p>E poi?</p></div><pb n="6"/></body>
                <pb n="7"/><back><pb/><div type="appendix"><head>Nota</head><p>Fine.</p></div></back><pb n="8"/></text></TEI>
                """);
        List<Diagnostic> said = new ArrayList<>();
        Book read = new BookReader(said::add).read(tei);
        assertEquals(List.of("Capitolo I", "Capitolo II"),
                read.body().stream().map(d -> plain(d.title())).toList(), "no division made of what stands between");
        assertEquals(1, read.frontMatter().size());
        assertEquals(1, read.backMatter().size());
        assertTrue(read.body().stream().flatMap(d -> d.blocks().stream()).noneMatch(b -> b instanceof Block.SceneBreak));
        assertEquals(List.of(), said, "nothing to warn about");
    }

    private static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }
}
