package org.colophon.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.colophon.error.BuildException;
import org.colophon.layout.EpubPaths;
import org.colophon.layout.Publication;
import org.colophon.styles.FontUse;

/**
 * The fallback faces the book was set in, put into the EPUB: for each face whose family
 * {@code epub.css} lists in a {@code font-family}, a subset holding only the characters the
 * book sets in it (fontbox's {@link TTFSubsetter}, as for the PDF), in {@code EPUB/fonts/},
 * declared by an {@code @font-face} rule added at the end of the style sheet. An e-reader
 * has no polytonic Greek of its own more often than not; the subset keeps the EPUB small.
 * A book that uses no fallback face gets its EPUB unchanged, byte for byte.
 */
final class EmbeddedFonts {

    static final String MEDIA_TYPE = "font/ttf";
    /**
     * What the subset keeps: outlines, metrics, hinting, and the cmap and names a reading
     * system needs. Not GSUB, GPOS, GDEF: fontbox copies them whole, still naming the
     * full font's glyph ids, which would kern and substitute the wrong glyphs.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap",
            "name", "OS/2", "post", "cvt ", "prep", "fpgm", "gasp");
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family\\s*:([^;}]*)", Pattern.CASE_INSENSITIVE);

    private EmbeddedFonts() {
    }

    /** {@code pages} with the subsets of {@code used} that epub.css asks for, and their rules in epub.css. */
    static Publication embed(Publication pages, List<FontUse> used) throws BuildException {
        Publication.Resource css = null;
        for (Publication.Resource r : pages.resources()) {
            if (r.path().equals(EpubPaths.STYLESHEET)) {
                css = r;
            }
        }
        if (css == null || used.isEmpty()) {
            return pages;
        }
        String sheet = new String(css.content(), StandardCharsets.UTF_8);
        List<String> listed = listedFamilies(sheet);
        StringBuilder rules = new StringBuilder();
        List<Publication.Resource> fonts = new ArrayList<>();
        for (FontUse use : used) {
            if (!listed.contains(use.family().toLowerCase(Locale.ROOT))) {
                continue; // the press took the family out of epub.css: the EPUB does without it
            }
            String path = EpubPaths.font(use.fileName());
            fonts.add(new Publication.Resource(path, MEDIA_TYPE, subset(use)));
            rules.append(String.format(Locale.ROOT, "@font-face { font-family: \"%s\"; font-style: %s; font-weight: %d;"
                            + " src: url(%s); }%n", use.family().replace("\"", "\\\""),
                    use.italic() ? "italic" : "normal", use.weight(), relativeToCss(path)));
        }
        if (fonts.isEmpty()) {
            return pages;
        }
        String added = sheet + (sheet.isEmpty() || sheet.endsWith("\n") ? "" : "\n")
                + "\n/* Added by Colophon: the fallback faces this book is set in, each cut down to the characters"
                + " it sets in them */\n" + rules;
        List<Publication.Resource> resources = new ArrayList<>();
        for (Publication.Resource r : pages.resources()) {
            resources.add(r == css ? new Publication.Resource(r.path(), r.mediaType(), added.getBytes(StandardCharsets.UTF_8)) : r);
        }
        resources.addAll(fonts);
        return new Publication(pages.book(), pages.pages(), resources);
    }

    /** The families every font-family declaration of the sheet names, in lower case, unquoted. */
    private static List<String> listedFamilies(String sheet) {
        List<String> out = new ArrayList<>();
        Matcher m = FONT_FAMILY.matcher(sheet);
        while (m.find()) {
            for (String name : m.group(1).split(",")) {
                String n = name.strip();
                if (n.length() >= 2 && (n.charAt(0) == '"' || n.charAt(0) == '\'') && n.charAt(n.length() - 1) == n.charAt(0)) {
                    n = n.substring(1, n.length() - 1);
                }
                out.add(n.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String relativeToCss(String fontPath) {
        // the style sheet is in css/, the fonts in fonts/, both under the package root
        return "../" + EpubPaths.fromRoot(fontPath);
    }

    /** The font cut down to the characters set in it, with its cmap, so that a reading system can map them. */
    private static byte[] subset(FontUse use) throws BuildException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(use.trueType()))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            subsetter.addAll(use.codePoints());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new BuildException(use.fileName(), 0, 0, "the font could not be cut down for the EPUB: " + e.getMessage());
        }
    }
}
