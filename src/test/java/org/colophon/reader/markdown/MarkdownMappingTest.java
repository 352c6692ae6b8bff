package org.colophon.reader.markdown;

import static org.colophon.reader.markdown.MarkdownTestFiles.FRONT;
import static org.colophon.reader.markdown.MarkdownTestFiles.read;
import static org.colophon.reader.markdown.MarkdownTestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each Markdown construct onto the model it maps to. */
class MarkdownMappingTest {

    @TempDir
    Path dir;

    private List<Block> blocksOf(String markdown) throws Exception {
        Book book = read(write(dir, "b.md", FRONT + "# C\n\n" + markdown));
        return book.body().get(0).blocks();
    }

    private List<Inline> inlinesOf(String markdown) throws Exception {
        return ((Block.Paragraph) blocksOf(markdown).get(0)).content();
    }

    @Test
    void frontMatterGivesTheMetadata() throws Exception {
        Files.copy(Path.of("src/test/resources/books/markdown/images/presse.png"), dir.resolve("cover.png"));
        Book book = read(write(dir, "b.md", """
                ---
                title: Le Titre
                subtitle: Sous-titre
                authors: [Anne Une, Bob Deux]
                translator: {name: Tom Trois, file-as: "Trois, Tom"}
                language: fr-ca
                date: 2024-02-29
                isbn: 978-2-07-036822-8
                publisher: Maison
                rights: CC BY 4.0
                cover: cover.png
                description: Un livre.
                subjects: [Essais, Tests]
                ---
                # Un
                
                Texte.
                """));
        Metadata m = book.metadata();
        assertEquals("Le Titre", m.title());
        assertEquals("Sous-titre", m.subtitle());
        assertEquals(List.of(new Creator("Anne Une", null, Creator.Role.AUTHOR), new Creator("Bob Deux", null,
                Creator.Role.AUTHOR), new Creator("Tom Trois", "Trois, Tom", Creator.Role.TRANSLATOR)), m.creators());
        assertEquals("fr-CA", m.language());
        assertEquals("2024-02-29", m.date());
        assertEquals(new Metadata.Identifier(Metadata.Identifier.Scheme.ISBN, "978-2-07-036822-8"), m.identifier());
        assertEquals("Maison", m.publisher());
        assertEquals("CC BY 4.0", m.rights());
        assertEquals("cover.png", m.cover());
        assertEquals("Un livre.", m.description());
        assertEquals(List.of("Essais", "Tests"), m.subjects());
        assertEquals("cover.png", book.assets().get(0).href());
    }

    @Test
    void headingsMakeChaptersAndNestedSections() throws Exception {
        Book book = read(write(dir, "b.md", FRONT + """
                # One {#one}
                
                a
                
                ## Sec {#s1}
                
                b
                
                ### Sub
                
                c
                
                ## Sec 2
                
                # Pre {.preface}
                
                # Two {#two lang=fr}
                
                # Annex {.appendix}
                
                # Free {-}
                
                # Annex 2 {.appendix}
                """));
        List<Division> body = book.body();
        assertEquals(List.of(), book.frontMatter(), "a preface after a chapter stays in the body");
        assertEquals(Division.Kind.CHAPTER, body.get(0).kind());
        assertEquals("one", body.get(0).id());
        assertEquals(List.of(new Inline.Text("One")), body.get(0).title());
        Block.Section s1 = (Block.Section) body.get(0).blocks().get(1);
        assertEquals("s1", s1.id());
        assertEquals(1, s1.level());
        Block.Section sub = (Block.Section) s1.blocks().get(1);
        assertEquals(2, sub.level());
        assertEquals(List.of(new Inline.Text("Sub")), sub.title());
        assertEquals(1, ((Block.Section) body.get(0).blocks().get(2)).level());
        assertEquals(Division.Kind.PREFACE, body.get(1).kind());
        assertEquals("fr", body.get(2).lang());
        assertEquals(Division.Kind.APPENDIX, body.get(3).kind(), "an appendix followed by a chapter-like division");
        assertEquals(Division.Kind.OTHER, body.get(4).kind(), "unnumbered: a division the numbering skips");
        assertEquals(1, book.backMatter().size());
        assertEquals(Division.Kind.APPENDIX, book.backMatter().get(0).kind());
    }

    @Test
    void inlinesMapOntoTheModel() throws Exception {
        List<Inline> in = inlinesOf("*e* **s** `c` a  \nb H<sub>2</sub> x<sup>2</sup> <span lang=\"fr\">oui</span>"
                + " <br> [w](https://e.org) [m](mailto:a@b.org) [r](#c1)\n\n## S {#c1}\n");
        assertEquals(List.of(
                new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("e"))),
                new Inline.Text(" "),
                new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("s"))),
                new Inline.Text(" "),
                new Inline.Code(Inline.CodeKind.CODE, "c"),
                new Inline.Text(" a"),
                new Inline.LineBreak(),
                new Inline.Text("b H"),
                new Inline.Styled(Inline.Style.SUBSCRIPT, List.of(new Inline.Text("2"))),
                new Inline.Text(" x"),
                new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(new Inline.Text("2"))),
                new Inline.Text(" "),
                new Inline.Foreign("fr", List.of(new Inline.Text("oui"))),
                new Inline.Text(" "),
                new Inline.LineBreak(),
                new Inline.Text(" "),
                new Inline.Link("https://e.org", List.of(new Inline.Text("w"))),
                new Inline.Text(" "),
                new Inline.Link("mailto:a@b.org", List.of(new Inline.Text("m"))),
                new Inline.Text(" "),
                new Inline.CrossRef("c1", List.of(new Inline.Text("r")))), in);
    }

    @Test
    void smartPunctuationIsLeftToTheTypographyPass() throws Exception {
        assertEquals(List.of(new Inline.Text("\"Yes\" -- it's...")), inlinesOf("\"Yes\" -- it's..."));
    }

    @Test
    void footnotesBecomeNotesWhereTheyAreCalled() throws Exception {
        List<Inline> in = inlinesOf("A[^1] and B^[inline *one*].\n\n[^1]: The *first*.\n\n    More of it.\n");
        Inline.Note first = assertInstanceOf(Inline.Note.class, in.get(1));
        assertEquals(2, first.content().size());
        assertEquals(List.of(new Inline.Text("The "), new Inline.Styled(Inline.Style.EMPHASIS,
                List.of(new Inline.Text("first"))), new Inline.Text(".")), ((Block.Paragraph) first.content().get(0)).content());
        Inline.Note inline = assertInstanceOf(Inline.Note.class, in.get(3));
        assertTrue(!first.id().equals(inline.id()));
        assertEquals(List.of(new Inline.Text("inline "), new Inline.Styled(Inline.Style.EMPHASIS,
                List.of(new Inline.Text("one")))), ((Block.Paragraph) inline.content().get(0)).content());
    }

    @Test
    void blocksMapOntoTheModel() throws Exception {
        List<Block> b = blocksOf("""
                > quoted
                
                3. three
                4. four
                
                - x
                
                ```Python extra
                print(1)
                
                ```
                
                    indented
                
                ---
                """);
        Block.BlockQuote q = (Block.BlockQuote) b.get(0);
        assertEquals(List.of(new Block.Paragraph(null, null, List.of(new Inline.Text("quoted")))), q.blocks());
        Block.ListBlock ol = (Block.ListBlock) b.get(1);
        assertTrue(ol.ordered());
        assertEquals(3, ol.start());
        assertEquals(2, ol.items().size());
        assertTrue(!((Block.ListBlock) b.get(2)).ordered());
        assertEquals(new Block.CodeBlock(null, "python", Block.LineNumbers.HIDDEN, List.of(), "print(1)\n"), b.get(3));
        assertEquals(new Block.CodeBlock(null, null, Block.LineNumbers.HIDDEN, List.of(), "indented"), b.get(4));
        assertEquals(new Block.SceneBreak(""), b.get(5));
    }

    @Test
    void tablesHaveAHeaderRowAndColumnAlignments() throws Exception {
        Block.Table t = (Block.Table) blocksOf("| a | b | c |\n|:--|:-:|--:|\n| 1 | *2* | |\n").get(0);
        assertEquals(List.of(new Block.TableColumn(null, Block.Alignment.LEFT), new Block.TableColumn(null,
                Block.Alignment.CENTER), new Block.TableColumn(null, Block.Alignment.RIGHT)), t.columns());
        assertEquals(1, t.head().size());
        assertTrue(t.head().get(0).cells().stream().allMatch(Block.TableCell::header));
        Block.TableRow row = t.body().get(0);
        assertTrue(row.cells().stream().noneMatch(Block.TableCell::header));
        assertEquals(List.of(new Block.Paragraph(null, null, List.of(new Inline.Styled(Inline.Style.EMPHASIS,
                List.of(new Inline.Text("2")))))), row.cells().get(1).blocks());
        assertEquals(List.of(), row.cells().get(2).blocks());
    }

    @Test
    void anImageAloneInItsParagraphIsAFigureWithItsTitleAsCaption() throws Exception {
        Files.createDirectories(dir.resolve("img"));
        Files.copy(Path.of("src/test/resources/books/markdown/images/presse.png"), dir.resolve("img/p.png"));
        Book book = read(write(dir, "b.md", FRONT + "# C\n\n![A press](img/p.png \"The press\")\n"));
        Block.Figure f = (Block.Figure) book.body().get(0).blocks().get(0);
        assertEquals("img/p.png", f.src());
        assertEquals("A press", f.alt());
        assertEquals(List.of(new Inline.Text("The press")), f.caption());
        assertEquals("image/png", book.assets().get(0).mediaType());
    }

    @Test
    void aBookYamlListsFilesPartsFrontAndBack() throws Exception {
        write(dir, "p.md", "# Preface {.preface}\n\nP.\n");
        write(dir, "ch/a.md", "# A {#a}\n\nSee [b](b.md#b).\n");
        write(dir, "ch/b.md", "# B {#b}\n\nB.\n");
        write(dir, "z.md", "# Z {.appendix}\n\nZ.\n");
        Book book = read(write(dir, "book.yaml", """
                title: T
                language: en
                back: [z.md]
                parts:
                  - title: Part One
                    chapters: [ch/a.md, ch/b.md]
                front: [p.md]
                """));
        assertEquals(Division.Kind.PREFACE, book.frontMatter().get(0).kind());
        Division part = book.body().get(0);
        assertEquals(Division.Kind.PART, part.kind());
        assertEquals(List.of(new Inline.Text("Part One")), part.title());
        assertEquals(List.of("a", "b"), part.children().stream().map(Division::id).toList());
        assertEquals(List.of(new Inline.Text("See "), new Inline.CrossRef("b", List.of(new Inline.Text("b"))),
                new Inline.Text(".")), ((Block.Paragraph) part.children().get(0).blocks().get(0)).content());
        assertEquals(Division.Kind.APPENDIX, book.backMatter().get(0).kind());
    }

    @Test
    void theFrontMatterOfAnIndexMayListTheChapters() throws Exception {
        write(dir, "one.md", "# One\n\nText.\n");
        Book book = read(write(dir, "index.md", "---\ntitle: T\nlanguage: en\nchapters: [one.md]\n---\n"
                + "# Foreword {.foreword}\n\nF.\n"));
        assertEquals(Division.Kind.FOREWORD, book.frontMatter().get(0).kind());
        assertEquals(List.of(new Inline.Text("One")), book.body().get(0).title());
    }
}
