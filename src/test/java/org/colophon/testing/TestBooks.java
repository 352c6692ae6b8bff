package org.colophon.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.colophon.model.Asset;
import org.colophon.model.Block;
import org.colophon.model.Block.BlockQuote;
import org.colophon.model.Block.Figure;
import org.colophon.model.Block.ListBlock;
import org.colophon.model.Block.ListItem;
import org.colophon.model.Block.Paragraph;
import org.colophon.model.Block.Preformatted;
import org.colophon.model.Block.SceneBreak;
import org.colophon.model.Block.Section;
import org.colophon.model.Block.Stanza;
import org.colophon.model.Block.Verse;
import org.colophon.model.Block.VerseLine;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.colophon.model.Division.Kind;
import org.colophon.model.Inline;
import org.colophon.model.Inline.Anchor;
import org.colophon.model.Inline.CrossRef;
import org.colophon.model.Inline.Foreign;
import org.colophon.model.Inline.LineBreak;
import org.colophon.model.Inline.Link;
import org.colophon.model.Inline.Note;
import org.colophon.model.Inline.Quote;
import org.colophon.model.Inline.Style;
import org.colophon.model.Inline.Styled;
import org.colophon.model.Inline.Text;
import org.colophon.model.Metadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Books built by hand for tests: a rich English book that uses every model type, and the
 * sample French article. Lets the later stages be tested without the reader.
 */
public final class TestBooks {

    private TestBooks() {
    }

    public static Text t(String s) {
        return new Text(s);
    }

    public static Paragraph p(Inline... content) {
        return new Paragraph(null, null, List.of(content));
    }

    public static Paragraph p(String text) {
        return p(t(text));
    }

    public static Division chapter(String id, String title, Block... blocks) {
        return new Division(Kind.CHAPTER, id, null, List.of(t(title)), List.of(), List.of(blocks), List.of());
    }

    public static Metadata metadata(String title, String language) {
        return Metadata.builder().title(title).language(language).build();
    }

    /** A one-chapter book with the given paragraphs. */
    public static Book simple(String title, String language, Paragraph... paragraphs) {
        return new Book(metadata(title, language), List.of(),
                List.of(chapter("ch1", "Chapter One", paragraphs)), List.of(), List.of());
    }

    /**
     * An English book with a cover, two images, a dedication, an epigraph, a preface, two
     * parts with chapters, notes, cross-references across files, verse, lists, a table of
     * every inline style, and an appendix. {@code imageDir} receives the image files.
     */
    public static Book rich(Path imageDir) {
        Path cover = png(imageDir.resolve("cover.png"), 60, 90, new Color(0x7a, 0x2e, 0x1f));
        Path map = png(imageDir.resolve("images/map.png"), 40, 30, new Color(0x2e, 0x5a, 0x7a));
        Path rule = png(imageDir.resolve("images/flourish.png"), 20, 5, Color.DARK_GRAY);
        Metadata meta = Metadata.builder()
                .title("The Lighthouse Keeper’s Almanac")
                .subtitle("A Year on the Rock")
                .creators(List.of(new Creator("Ada Wren", "Wren, Ada", Creator.Role.AUTHOR),
                        new Creator("Tom Quill", "Quill, Tom", Creator.Role.AUTHOR),
                        new Creator("Inès Marchand", "Marchand, Inès", Creator.Role.TRANSLATOR),
                        new Creator("Bo Lind", null, Creator.Role.ILLUSTRATOR)))
                .language("en")
                .identifier(new Metadata.Identifier(Metadata.Identifier.Scheme.ISBN, "978-3-16-148410-0"))
                .publisher("Harbour & Sons")
                .date("2021-03-14")
                .rights("© 2021 Ada Wren and Tom Quill. All rights reserved.")
                .description("Twelve months of weather, ships and <solitude>.")
                .subjects(List.of("Lighthouses", "Sea stories"))
                .series(new Metadata.Series("Coastal Tales", "2"))
                .cover("cover.png")
                .source("First printed by Harbour & Sons, Falmouth, 1921.")
                .build();

        Division dedication = new Division(Kind.DEDICATION, "dedication", null, List.of(), List.of(),
                List.of(new Paragraph(null, "centered", List.of(t("For the keepers of every light.")))), List.of());
        Division epigraph = new Division(Kind.EPIGRAPH, "epigraph", null, List.of(), List.of(),
                List.of(new BlockQuote(null, "fr", List.of(p("La mer est tout.")), List.of(t("Jules Verne")))),
                List.of());
        Division preface = new Division(Kind.PREFACE, "preface", null, List.of(t("Preface")), List.of(),
                List.of(p(t("This book began as a log"),
                                new Note("n-pre", List.of(p("Kept in pencil, then in ink.")))),
                        p(t("See "), new CrossRef("storm", List.of(t("the great storm"))), t(" in January."))),
                List.of());

        Division january = new Division(Kind.CHAPTER, "january", null,
                List.of(t("January")), List.of(t("Ice on the "), new Styled(Style.EMPHASIS, List.of(t("lamp")))),
                List.of(
                        p(t("The year opens "), new Styled(Style.EMPHASIS, List.of(t("cold"))), t(", "),
                                new Styled(Style.STRONG, List.of(t("very cold"))), t(", and "),
                                new Styled(Style.SMALL_CAPS, List.of(t("Keeper Wren"))), t(" writes H"),
                                new Styled(Style.SUBSCRIPT, List.of(t("2"))), t("O and 1"),
                                new Styled(Style.SUPERSCRIPT, List.of(t("st"))), t(" with "),
                                new Styled(Style.UNDERLINE, List.of(t("care"))), t(".")),
                        new Paragraph("storm", null, List.of(
                                t("Then the storm: "), new Quote("\u201C", "\u201D", List.of(t("Hold fast"))),
                                t(" said the log, and "), new Quote(null, null, List.of(t("never yield"))),
                                t("; the French keeper cried "),
                                new Foreign("fr", List.of(t("« Tenez bon ! »"))), t("."),
                                new Note("n-storm", List.of(p(t("Wind force eleven."),
                                        new Note("n-nested", List.of(p("A note in a note.")))),
                                        p("Second paragraph of the note."))),
                                new Anchor("after-storm"))),
                        new Paragraph(null, "noindent", List.of(t("Line one"), new LineBreak(), t("line two."))),
                        new SceneBreak("* * *"),
                        p(t("Read more at "), new Link("https://example.org/lights?a=1&b=2", List.of(t("the register"))),
                                t(", or jump to "), new CrossRef("map-figure", List.of(t("the map"))), t(".")),
                        new SceneBreak(""),
                        new Section("tides", 1, List.of(t("Tides")), List.of(
                                p("High water at six."),
                                new Section("neap", 2, List.of(t("Neap tides")), List.of(p("Small ones."))))),
                        new Verse("shanty", null, List.of(
                                new Stanza(List.of(new VerseLine(0, List.of(t("Blow, ye winds, blow high"))),
                                        new VerseLine(2, List.of(t("and the lamp shall burn."))))),
                                new Stanza(List.of(new VerseLine(0, List.of(t("Second stanza."))))))
                                , List.of(t("Old shanty")))),
                List.of());
        Division february = new Division(Kind.CHAPTER, "february", null, List.of(t("February")), List.of(),
                List.of(
                        p(t("Back to "), new CrossRef("after-storm", List.of(t("after the storm"))),
                                t(" and its note"), new Note("n-feb", List.of(p("Numbered one again."))), t(".")),
                        new ListBlock("supplies", true, 3, List.of(
                                new ListItem(List.of(p("Oil"))), new ListItem(List.of(p("Wicks"))))),
                        new ListBlock(null, false, 1, List.of(new ListItem(List.of(p("Bread"))))),
                        new Figure("map-figure", "images/map.png", "A map of the rock and its reefs", false,
                                List.of(t("The rock, from the north."))),
                        new Figure(null, "images/flourish.png", null, true, List.of()),
                        new Preformatted("log", "06:00  lamp out\n18:00  lamp lit  <ok> & trimmed"),
                        new Section(null, 1, List.of(t("Stores")), List.of(p("Counted weekly.")))),
                List.of());
        Division partOne = new Division(Kind.PART, "winter", null, List.of(t("Winter")), List.of(),
                List.of(p("The dark months.")), List.of(january, february));
        Division march = chapter("march", "March", p("The thaw."));
        Division partTwo = new Division(Kind.PART, "spring", null, List.of(t("Spring")), List.of(),
                List.of(), List.of(march));
        Division letter = new Division(Kind.OTHER, "letter", "fr", List.of(t("Une lettre")), List.of(),
                List.of(new Paragraph(null, "salute", List.of(t("Cher ami,"))), p("Le phare tient bon."),
                        new Paragraph(null, "signature", List.of(t("Inès")))), List.of());
        Division appendix = new Division(Kind.APPENDIX, "appendix-a", null, List.of(t("Lamp Oils")), List.of(),
                List.of(p("Colza, then paraffin.")), List.of());

        List<Asset> assets = List.of(
                new Asset("cover.png", cover, "image/png", 60, 90),
                new Asset("images/map.png", map, "image/png", 40, 30),
                new Asset("images/flourish.png", rule, "image/png", 20, 5));
        return new Book(meta, List.of(dedication, epigraph, preface), List.of(partOne, partTwo, letter),
                List.of(appendix), assets);
    }

    /** The sample French article (manuscript/macron-rutte.xml), read with the JDK's DOM, no reader needed. */
    public static Book frenchArticle() {
        Path file = Path.of("manuscript/macron-rutte.xml");
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(file.toFile());
            Element root = doc.getDocumentElement();
            String title = text(root, "title");
            String description = text(root, "description");
            List<String> subjects = new ArrayList<>();
            NodeList subjectNodes = root.getElementsByTagNameNS("*", "subject");
            for (int i = 0; i < subjectNodes.getLength(); i++) {
                subjectNodes.item(i).getTextContent();
                subjects.add(subjectNodes.item(i).getTextContent().trim());
            }
            List<Block> paragraphs = new ArrayList<>();
            NodeList ps = root.getElementsByTagNameNS("*", "p");
            for (int i = 0; i < ps.getLength(); i++) {
                paragraphs.add(p(ps.item(i).getTextContent().trim()));
            }
            Metadata meta = Metadata.builder()
                    .title(title)
                    .language("fr")
                    .description(description)
                    .subjects(subjects)
                    .build();
            Division article = new Division(Kind.CHAPTER, "article", null, List.of(t(title)), List.of(),
                    paragraphs, List.of());
            return new Book(meta, List.of(), List.of(article), List.of(), List.of());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static String text(Element root, String localName) {
        return root.getElementsByTagNameNS("*", localName).item(0).getTextContent().trim();
    }

    private static Path png(Path file, int width, int height, Color color) {
        try {
            Files.createDirectories(file.getParent());
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(color);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.fillRect(width / 4, height / 4, width / 2, height / 2);
            g.dispose();
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
