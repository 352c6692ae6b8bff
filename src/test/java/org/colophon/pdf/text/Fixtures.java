package org.colophon.pdf.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.colophon.styles.Styles;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Fonts and texts shared by the line-setting tests. */
public final class Fixtures {

    public static final FontFace REGULAR = face("SourceSerif4-Regular.ttf");
    public static final FontFace ITALIC = face("SourceSerif4-It.ttf");
    static final FontFace BOLD = face("SourceSerif4-Bold.ttf");

    /** The measure: the A5 text block, 4.36 in. */
    static final float MEASURE = 4.36f * 72f;

    private Fixtures() {
    }

    static FontFace face(String file) {
        try {
            byte[] bytes = Styles.bundled().read("fonts/" + file).orElseThrow(() -> new IllegalStateException("no font " + file));
            return FontFace.load(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.colophon.styles.StyleFileRefused e) {
            throw new IllegalStateException(e);
        }
    }

    public static TextStyle french(float size) {
        return new TextStyle(REGULAR, size, "fr", false, 0);
    }

    public static List<ParagraphItem> text(String s, TextStyle style) {
        return List.of(new ParagraphItem.TextRun(s, style, null));
    }

    static Path corpus() {
        return Path.of(System.getProperty("colophon.corpus", "../shared/corpus"));
    }

    /**
     * The paragraphs of the Ponson novel, with the French spacing the typography pass
     * would give them (narrow no-break spaces before ; ! ? and inside « », no-break space
     * before :), or an empty list when the corpus folder is absent.
     */
    static List<String> ponsonParagraphs() {
        Path file = corpus().resolve("FRA03101_Ponson.xml");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(file.toFile());
            NodeList ps = doc.getElementsByTagNameNS("*", "p");
            List<String> paragraphs = new ArrayList<>(ps.getLength());
            for (int i = 0; i < ps.getLength(); i++) {
                String text = ps.item(i).getTextContent().replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    paragraphs.add(frenchSpacing(text));
                }
            }
            return paragraphs;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    public static String frenchSpacing(String s) {
        return s.replace('\'', '\u2019')
                .replaceAll("[ \u00A0]?([;!?»])", "\u202F$1")
                .replaceAll("«[ \u00A0]?", "«\u202F")
                .replaceAll("[ \u00A0]:", "\u00A0:");
    }
}
