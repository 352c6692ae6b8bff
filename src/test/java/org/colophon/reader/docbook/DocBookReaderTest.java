package org.colophon.reader.docbook;

import static org.colophon.reader.docbook.DocBookSamples.blocks;
import static org.colophon.reader.docbook.DocBookSamples.chapter5;
import static org.colophon.reader.docbook.DocBookSamples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** Each mapped DocBook element, in small samples, as the model holds it. */
class DocBookReaderTest {

    @TempDir
    Path dir;

    private DocBookSamples samples() {
        return new DocBookSamples(dir);
    }

    @Test
    void infoBecomesMetadata() throws Exception {
        Files.copy(Path.of("src/test/resources/books/guide/images/presse.png"), dir.resolve("c.png"));
        Book book = samples().read("b.xml", "<?xml version=\"1.0\"?>\n" + DocBookSamples.DB5 + "<info>"
                + "<title>The Title</title><subtitle>Sub</subtitle>"
                + "<authorgroup><author><personname><firstname>Ada</firstname><surname>Lovelace</surname></personname></author>"
                + "<editor><personname>Charles Babbage</personname></editor></authorgroup>"
                + "<pubdate>1843-10-01</pubdate><publisher><publishername>Taylor</publishername></publisher>"
                + "<copyright><year>1843</year><holder>A. L.</holder></copyright>"
                + "<biblioid class=\"isbn\">978-0-306-40615-7</biblioid>"
                + "<abstract><para>Notes on the engine.</para></abstract>"
                + "<subjectset><subject><subjectterm>Computing</subjectterm></subject></subjectset>"
                + "<keywordset><keyword>Engines</keyword></keywordset>"
                + "<cover><mediaobject><imageobject><imagedata fileref=\"c.png\"/></imageobject></mediaobject></cover></info>"
                + "<chapter><title>C</title><para>x</para></chapter></book>");
        Metadata m = book.metadata();
        assertEquals("The Title", m.title());
        assertEquals("Sub", m.subtitle());
        assertEquals(List.of(new Creator("Ada Lovelace", "Lovelace, Ada", Creator.Role.AUTHOR),
                new Creator("Charles Babbage", null, Creator.Role.EDITOR)), m.creators());
        assertEquals("1843-10-01", m.date());
        assertEquals("Taylor", m.publisher());
        assertEquals("© 1843 A. L.", m.rights());
        assertEquals(new Metadata.Identifier(Metadata.Identifier.Scheme.ISBN, "978-0-306-40615-7"), m.identifier());
        assertEquals("Notes on the engine.", m.description());
        assertEquals(List.of("Computing", "Engines"), m.subjects());
        assertEquals("en", m.language());
        assertEquals("c.png", m.cover());
    }

    @Test
    void divisionsGoToTheirMatter() throws Exception {
        Book book = samples().read("b.xml", "<?xml version=\"1.0\"?>\n" + DocBookSamples.DB5 + "<title>T</title>"
                + "<dedication><para>To A.</para></dedication><preface><title>P</title><para>p</para></preface>"
                + "<part><title>One</title><partintro><para>intro</para></partintro>"
                + "<chapter xml:id=\"c1\"><title>C1</title><para>a</para><section><title>S</title><para>b</para>"
                + "<sect2><title>S2</title><para>c</para></sect2></section></chapter></part>"
                + "<appendix xml:lang=\"de\"><title>A</title><para>x</para></appendix><colophon xml:lang=\"en\"><para>set</para></colophon>"
                + "<index/></book>");
        assertEquals(List.of(Division.Kind.DEDICATION, Division.Kind.PREFACE),
                book.frontMatter().stream().map(Division::kind).toList());
        Division part = book.body().get(0);
        assertEquals(Division.Kind.PART, part.kind());
        assertEquals("intro", text(((Block.Paragraph) part.blocks().get(0)).content()));
        Division chapter = part.children().get(0);
        assertEquals("c1", chapter.id());
        Block.Section s = (Block.Section) chapter.blocks().get(1);
        assertEquals(1, s.level());
        assertEquals(2, ((Block.Section) s.blocks().get(1)).level());
        assertEquals(List.of(Division.Kind.APPENDIX, Division.Kind.COLOPHON, Division.Kind.INDEX),
                book.backMatter().stream().map(Division::kind).toList());
        assertEquals("de", book.backMatter().get(0).lang());
        assertNull(book.backMatter().get(1).lang(), "the book's own language is not repeated");
    }

    @Test
    void inlinesMapToTheirPhrasing() throws Exception {
        Book book = samples().read("b.xml", chapter5("<para xml:id=\"p1\">A <emphasis>b</emphasis> <emphasis role=\"bold\">c</emphasis>"
                + " <literal>d</literal> <filename>e.txt</filename> <command>ls</command> <replaceable>f</replaceable>"
                + " <quote>g</quote> <superscript>2</superscript> <userinput>q</userinput>"
                + " <xref linkend=\"p1\"/> <link linkend=\"p1\">h</link> <link xlink:href=\"https://example.org/\">i</link>"
                + " <ulink url=\"http://example.com/\">j</ulink> <olink targetdoc=\"x\">k</olink>"
                + " <phrase xml:lang=\"fr\">l</phrase><footnote><para>n</para></footnote>"
                + "<indexterm><primary>p</primary><secondary>s</secondary><see>t</see></indexterm></para>"));
        List<Inline> c = ((Block.Paragraph) blocks(book).get(0)).content();
        assertTrue(c.contains(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("b")))));
        assertTrue(c.contains(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("c")))));
        assertTrue(c.contains(new Inline.Code(Inline.CodeKind.CODE, "d")));
        assertTrue(c.contains(new Inline.Code(Inline.CodeKind.CODE, "e.txt")));
        assertTrue(c.contains(new Inline.Code(Inline.CodeKind.CODE, "ls")));
        assertTrue(c.contains(new Inline.Styled(Inline.Style.EMPHASIS, List.of(new Inline.Text("f")))));
        assertTrue(c.contains(new Inline.Quote(null, null, List.of(new Inline.Text("g")))));
        assertTrue(c.contains(new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(new Inline.Text("2")))));
        assertTrue(c.contains(new Inline.Code(Inline.CodeKind.KEYBOARD, "q")));
        assertTrue(c.contains(new Inline.CrossRef("p1", List.of())));
        assertTrue(c.contains(new Inline.CrossRef("p1", List.of(new Inline.Text("h")))));
        assertTrue(c.contains(new Inline.Link("https://example.org/", List.of(new Inline.Text("i")))));
        assertTrue(c.contains(new Inline.Link("http://example.com/", List.of(new Inline.Text("j")))));
        assertTrue(c.contains(new Inline.Text(" k ")), c.toString()); // olink: its words
        assertTrue(c.contains(new Inline.Foreign("fr", List.of(new Inline.Text("l")))));
        Inline.Note note = c.stream().filter(Inline.Note.class::isInstance).map(Inline.Note.class::cast).findFirst().orElseThrow();
        assertEquals("n", text(((Block.Paragraph) note.content().get(0)).content()));
        Inline.IndexTerm term = c.stream().filter(Inline.IndexTerm.class::isInstance).map(Inline.IndexTerm.class::cast)
                .findFirst().orElseThrow();
        assertEquals(List.of("p", "s"), term.path());
        assertEquals("t", term.see());
        assertEquals(Inline.IndexMark.POINT, term.mark());
    }

    @Test
    void indexRangesPairByTheirIds() throws Exception {
        Book book = samples().read("b.xml", chapter5("<para>a<indexterm xml:id=\"r\" class=\"startofrange\"><primary>x</primary>"
                + "<seealso>y</seealso></indexterm> b<indexterm class=\"endofrange\" startref=\"r\"/></para>"));
        List<Inline.IndexTerm> terms = ((Block.Paragraph) blocks(book).get(0)).content().stream()
                .filter(Inline.IndexTerm.class::isInstance).map(Inline.IndexTerm.class::cast).toList();
        assertEquals(Inline.IndexMark.RANGE_START, terms.get(0).mark());
        assertEquals("r", terms.get(0).range());
        assertEquals("y", terms.get(0).seeAlso());
        assertEquals(Inline.IndexMark.RANGE_END, terms.get(1).mark());
        assertEquals("r", terms.get(1).range());
    }

    @Test
    void listsCodeQuotesAndAdmonitions() throws Exception {
        Book book = samples().read("b.xml", chapter5("<itemizedlist><listitem><para>a</para></listitem></itemizedlist>"
                + "<orderedlist startingnumber=\"3\"><listitem><para>b</para></listitem></orderedlist>"
                + "<variablelist><varlistentry><term>t</term><listitem><para>d</para></listitem></varlistentry></variablelist>"
                + "<simplelist><member>m</member></simplelist>"
                + "<programlisting language=\"Java\" linenumbering=\"numbered\">\nint x;\n</programlisting>"
                + "<screen>$ ls</screen><literallayout>  two\n  lines</literallayout>"
                + "<blockquote><attribution>W.</attribution><para>q</para></blockquote>"
                + "<epigraph><para>e</para></epigraph>"
                + "<note><para>n</para></note><tip><title>Hint</title><para>t</para></tip><warning><para>w</para></warning>"
                + "<caution><para>c</para></caution><important><para>i</para></important><sidebar><title>S</title><para>s</para></sidebar>"
                + "<formalpara><title>F</title><para>f</para></formalpara><simpara>sp</simpara>"));
        List<Block> b = blocks(book);
        Block.ListBlock ul = (Block.ListBlock) b.get(0);
        assertTrue(!ul.ordered());
        Block.ListBlock ol = (Block.ListBlock) b.get(1);
        assertTrue(ol.ordered());
        assertEquals(3, ol.start());
        Block.ListBlock vl = (Block.ListBlock) b.get(2);
        List<Block> entry = vl.items().get(0).blocks();
        assertEquals(List.of(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text("t")))),
                ((Block.Paragraph) entry.get(0)).content());
        assertEquals("d", text(((Block.Paragraph) entry.get(1)).content()));
        assertInstanceOf(Block.ListBlock.class, b.get(3));
        Block.CodeBlock code = (Block.CodeBlock) b.get(4);
        assertEquals("java", code.language());
        assertEquals("int x;", code.text());
        assertEquals(Block.LineNumbers.SHOWN, code.lineNumbers());
        assertEquals("$ ls", ((Block.CodeBlock) b.get(5)).text());
        assertEquals("  two\n  lines", ((Block.Preformatted) b.get(6)).text());
        Block.BlockQuote q = (Block.BlockQuote) b.get(7);
        assertEquals("W.", text(q.attribution()));
        assertEquals(1, q.blocks().size());
        assertInstanceOf(Block.BlockQuote.class, b.get(8));
        List<Block.AsideKind> kinds = b.subList(9, 15).stream().map(x -> ((Block.Aside) x).kind()).toList();
        assertEquals(List.of(Block.AsideKind.NOTE, Block.AsideKind.TIP, Block.AsideKind.WARNING, Block.AsideKind.CAUTION,
                Block.AsideKind.IMPORTANT, Block.AsideKind.SIDEBAR), kinds);
        assertEquals("Hint", text(((Block.Aside) b.get(10)).title()));
        assertTrue(((Block.Aside) b.get(9)).title().isEmpty());
        assertEquals("F f", text(((Block.Paragraph) b.get(15)).content()));
        assertEquals("sp", text(((Block.Paragraph) b.get(16)).content()));
    }

    @Test
    void aParaHoldingAListIsSplitAroundIt() throws Exception {
        Book book = samples().read("b.xml", chapter5("<para>before <itemizedlist><listitem><para>x</para></listitem>"
                + "</itemizedlist> after <simplelist type=\"inline\"><member>a</member><member>b</member></simplelist></para>"));
        List<Block> b = blocks(book);
        assertEquals("before", text(((Block.Paragraph) b.get(0)).content()));
        assertInstanceOf(Block.ListBlock.class, b.get(1));
        assertEquals("after a, b", text(((Block.Paragraph) b.get(2)).content()));
    }

    @Test
    void figuresTablesExamplesAndEquations() throws Exception {
        DocBookSamples s = samples();
        Files.createDirectories(dir.resolve("img"));
        Files.copy(Path.of("src/test/resources/books/guide/images/presse.png"), dir.resolve("img/p.png"));
        Book book = s.read("b.xml", chapter5("<figure xml:id=\"f\"><title>Press</title><mediaobject><imageobject>"
                + "<imagedata fileref=\"img/p.png\"/></imageobject><textobject><phrase>A press</phrase></textobject>"
                + "</mediaobject></figure>"
                + "<table><title>Tab</title><tgroup cols=\"3\"><colspec colname=\"a\" colwidth=\"2*\"/>"
                + "<colspec colname=\"b\" align=\"right\"/><colspec colname=\"c\" colwidth=\"30%\"/>"
                + "<thead><row><entry>h1</entry><entry>h2</entry><entry>h3</entry></row></thead>"
                + "<tbody><row><entry namest=\"a\" nameend=\"b\">ab</entry><entry morerows=\"1\">c</entry></row>"
                + "<row><entry>x</entry><entry><para>y</para></entry></row></tbody></tgroup></table>"
                + "<informaltable><tr><th>h</th><td rowspan=\"2\">r</td></tr><tr><td colspan=\"1\">z</td></tr></informaltable>"
                + "<example><title>Ex</title><programlisting>code</programlisting></example>"
                + "<equation><title>E</title><mathphrase>a = b</mathphrase></equation>"));
        List<Block> b = blocks(book);
        Block.Figure f = (Block.Figure) b.get(0);
        assertEquals("f", f.id());
        assertEquals("img/p.png", f.src());
        assertEquals("A press", f.alt());
        assertEquals("Press", text(f.caption()));
        assertEquals("img/p.png", book.assets().get(0).href());
        Block.Table t = (Block.Table) b.get(1);
        assertEquals("Tab", text(t.caption()));
        assertEquals(new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.SHARE, 2), t.columns().get(0).width());
        assertEquals(Block.Alignment.RIGHT, t.columns().get(1).align());
        assertEquals(new Block.ColumnWidth(Block.ColumnWidth.WidthUnit.PERCENT, 30), t.columns().get(2).width());
        assertTrue(t.head().get(0).cells().get(0).header());
        assertEquals(2, t.body().get(0).cells().get(0).colspan());
        assertEquals(2, t.body().get(0).cells().get(1).rowspan());
        Block.Table html = (Block.Table) b.get(2);
        assertTrue(html.body().get(0).cells().get(0).header());
        assertEquals(2, html.body().get(0).cells().get(1).rowspan());
        Block.CodeBlock listing = (Block.CodeBlock) b.get(3);
        assertEquals("Ex", text(listing.caption()));
        assertEquals("code", listing.text());
        assertEquals("E: a = b", text(((Block.Paragraph) b.get(4)).content()));
    }

    @Test
    void glossaryAndBibliographyAreStyledLists() throws Exception {
        Book book = samples().read("b.xml", "<?xml version=\"1.0\"?>\n" + DocBookSamples.DB5 + "<title>T</title>"
                + "<chapter><title>C</title><para>x</para></chapter>"
                + "<glossary xml:id=\"g\"><title>Glossary</title><glossentry><glossterm>Term</glossterm>"
                + "<glossdef><para>Def</para></glossdef><glossseealso>Other</glossseealso></glossentry></glossary>"
                + "<bibliography><title>Books</title><biblioentry><author><personname>A. B.</personname></author>"
                + "<title>Work</title><pubdate>1900</pubdate></biblioentry><bibliomixed>Mixed entry.</bibliomixed>"
                + "</bibliography></book>");
        Division glossary = book.backMatter().get(0);
        assertEquals("g", glossary.id());
        assertEquals("Glossary", text(glossary.title()));
        Block.ListBlock terms = (Block.ListBlock) glossary.blocks().get(0);
        List<Block> entry = terms.items().get(0).blocks();
        assertEquals("Term", text(((Block.Paragraph) entry.get(0)).content()));
        assertEquals("Def", text(((Block.Paragraph) entry.get(1)).content()));
        assertEquals("See also Other", text(((Block.Paragraph) entry.get(2)).content()));
        Division bib = book.backMatter().get(1);
        Block.ListBlock entries = (Block.ListBlock) bib.blocks().get(0);
        assertEquals("A. B.. Work. 1900", text(((Block.Paragraph) entries.items().get(0).blocks().get(0)).content()));
        assertEquals("Mixed entry.", text(((Block.Paragraph) entries.items().get(1).blocks().get(0)).content()));
    }

    @Test
    void docBook4ReadsItsEntitiesAndItsChapterFiles() throws Exception {
        DocBookSamples s = samples();
        s.write("ch1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<chapter id=\"c1\">\n<title>One</title>\n"
                + "<para>Caf&eacute; &mdash; &product;&nbsp;!</para>\n<para>&agr;&b.alpha;&half;&boxh;&Dcy;&ang90;</para>\n"
                + "</chapter>\n");
        Book book = s.read("book.dbk", "<?xml version=\"1.0\"?>\n" + DocBookSamples.DB4_DOCTYPE + " [\n"
                + "<!ENTITY ch1 SYSTEM \"ch1.xml\">\n<!ENTITY product \"Colophon\">\n]>\n"
                + "<book lang=\"fr\"><bookinfo><title>Livre</title><author><firstname>Jean</firstname>"
                + "<surname>Dupont</surname></author><isbn>978-0-306-40615-7</isbn></bookinfo>\n&ch1;\n</book>\n");
        assertEquals("fr", book.language());
        assertEquals("Livre", book.metadata().title());
        assertEquals("Jean Dupont", book.metadata().creators().get(0).name());
        Division c = book.body().get(0);
        assertEquals("c1", c.id());
        assertEquals("Café — Colophon\u00a0!", text(((Block.Paragraph) c.blocks().get(0)).content()));
        // ISO names from both sources: isogrk1, isogrk4, isonum, isobox, isocyr1, isotech
        assertEquals("αα½─Д∟", text(((Block.Paragraph) c.blocks().get(1)).content()));
        assertTrue(s.warnings.isEmpty(), s.warnings.toString());
    }

    @Test
    void aDocBook4FileWithoutDoctypeAndAnArticleAreRead() throws Exception {
        Book book = samples().read("a.xml", "<article lang=\"en\"><title>Art</title><para>p</para>"
                + "<section><title>S</title><para>q</para></section></article>");
        assertEquals("Art", book.metadata().title());
        assertEquals(Division.Kind.CHAPTER, book.body().get(0).kind());
        assertInstanceOf(Block.Section.class, book.body().get(0).blocks().get(1));
        assertNull(book.metadata().subtitle());
    }

    @Test
    void docBook5IncludesItsChapterFilesWithXInclude() throws Exception {
        DocBookSamples s = samples();
        Files.createDirectories(dir.resolve("ch/img"));
        Files.copy(Path.of("src/test/resources/books/guide/images/presse.png"), dir.resolve("ch/img/p.png"));
        s.write("ch/one.xml", "<chapter xmlns=\"http://docbook.org/ns/docbook\" xml:id=\"one\"><title>One</title>"
                + "<para>Included.</para><informalfigure><mediaobject><imageobject><imagedata fileref=\"img/p.png\"/>"
                + "</imageobject><textobject><phrase>P</phrase></textobject></mediaobject></informalfigure></chapter>");
        Book book = s.read("b.xml", "<?xml version=\"1.0\"?>\n" + DocBookSamples.DB5.replace(">",
                " xmlns:xi=\"http://www.w3.org/2001/XInclude\">") + "<title>T</title><xi:include href=\"ch/one.xml\"/></book>");
        Division one = book.body().get(0);
        assertEquals("one", one.id());
        assertEquals("Included.", text(((Block.Paragraph) one.blocks().get(0)).content()));
        assertEquals("ch/img/p.png", ((Block.Figure) one.blocks().get(1)).src());
    }

    @Test
    void anEntityFilesImagesAreFoundFromItsOwnFolder() throws Exception {
        DocBookSamples s = samples();
        Files.createDirectories(dir.resolve("chapters/img"));
        Files.copy(Path.of("src/test/resources/books/guide/images/presse.png"), dir.resolve("chapters/img/p.png"));
        s.write("chapters/one.xml", "<chapter>\n<title>One</title>\n<mediaobject><imageobject><imagedata fileref=\"img/p.png\"/>"
                + "</imageobject><textobject><phrase>P</phrase></textobject></mediaobject>\n</chapter>");
        Book book = s.read("b.dbk", "<?xml version=\"1.0\"?>\n" + DocBookSamples.DB4_DOCTYPE
                + " [<!ENTITY one SYSTEM \"chapters/one.xml\">]>\n<book lang=\"en\"><title>T</title>&one;</book>");
        assertEquals("chapters/img/p.png", ((Block.Figure) book.body().get(0).blocks().get(0)).src());
    }
}
