package org.colophon.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colophon.error.BuildException;
import org.colophon.pdf.css.ComputedStyle;
import org.colophon.pdf.css.FontFaceRule;
import org.colophon.pdf.text.FontFace;
import org.colophon.pdf.text.TextResources;
import org.colophon.styles.FontUse;
import org.colophon.styles.StyleFileRefused;
import org.colophon.styles.Styles;

/**
 * The faces the {@code @font-face} rules name, loaded once, and CSS font matching:
 * the first listed family that has faces, then the face of the right style with the
 * nearest weight. Generic names ({@code serif}…) and unknown families fall to the first
 * family declared.
 */
public final class FontCatalog implements org.colophon.pdf.flow.BlockBuilder.FontResolver {

    private record Entry(FontFaceRule rule, FontFace face) {}

    private final Map<String, List<Entry>> families = new LinkedHashMap<>();

    private final Map<String, FontFace> loaded = new LinkedHashMap<>();

    FontCatalog(List<FontFaceRule> rules, Styles styles, String cssFile) throws BuildException {
        this(rules, styles, cssFile, Map.of());
    }

    /**
     * {@code earlier}: the faces an earlier build loaded, by the {@code src} that named them;
     * a file whose bytes have not changed is not parsed again, and the build keeps the face
     * (so that what was cached of text set in it still applies).
     */
    FontCatalog(List<FontFaceRule> rules, Styles styles, String cssFile, Map<String, FontFace> earlier)
            throws BuildException {
        for (FontFaceRule rule : rules) {
            FontFace face = loaded.get(rule.src());
            if (face == null) {
                byte[] bytes = readFontFile(rule, styles, cssFile);
                FontFace before = earlier.get(rule.src());
                if (before != null && before.isMadeOf(bytes)) {
                    face = before;
                } else {
                    try {
                        face = FontFace.load(fileName(rule.src()), bytes);
                    } catch (IOException | RuntimeException e) {
                        throw notTrueType(rule, cssFile, e);
                    }
                }
                loaded.put(rule.src(), face);
            }
            families.computeIfAbsent(key(rule.family()), k -> new ArrayList<>()).add(new Entry(rule, face));
        }
        if (families.isEmpty()) {
            throw new BuildException(cssFile, 0, 0, "print.css names no font: add an @font-face rule with a TrueType file");
        }
    }

    /**
     * The bytes of the file a rule names, which must lie inside the styles folder (the
     * folder's rule, links followed) and be a TrueType font; a refusal points at the rule
     * in print.css.
     */
    public static byte[] readFontFile(FontFaceRule rule, Styles styles, String cssFile) throws BuildException {
        Optional<byte[]> bytes;
        try {
            bytes = styles.read(Styles.Kind.FONT, rule.src());
        } catch (StyleFileRefused refused) {
            throw refused.at(cssFile, rule.line(), rule.column());
        }
        if (bytes.isEmpty()) {
            throw new BuildException(cssFile, rule.line(), rule.column(),
                    "font file " + rule.src() + " not found beside the style sheet");
        }
        String refusal = FontFileFormat.of(bytes.get()).refusal();
        if (refusal != null) {
            throw new BuildException(cssFile, rule.line(), rule.column(), "font " + rule.src() + " " + refusal);
        }
        return bytes.get();
    }

    public static BuildException notTrueType(FontFaceRule rule, String cssFile, Exception e) {
        String why = String.valueOf(e.getMessage());
        if (why.endsWith("Font name not found")) {
            // the JDK's words for a font without a family name it can read
            why = "its 'name' table gives no family name Java can read (it has none, or only in old Macintosh"
                    + " encodings); save the font again with a font editor, or use another build of it";
        }
        return new BuildException(cssFile, rule.line(), rule.column(),
                "font file " + rule.src() + " is not a TrueType font Colophon can use: " + why);
    }

    /** The faces loaded, by the {@code src} of print.css that named them. */
    Map<String, FontFace> loaded() {
        return java.util.Collections.unmodifiableMap(loaded);
    }

    @Override
    public FontFace face(ComputedStyle style) {
        List<Entry> entries = null;
        for (String family : style.fontFamilies()) {
            entries = families.get(key(family));
            if (entries != null) {
                break;
            }
        }
        if (entries == null) {
            entries = families.values().iterator().next();
        }
        return closest(entries, style);
    }

    /**
     * The faces of the families listed after the first declared one, each in the style and
     * weight asked for: {@code "Source Serif 4", "Noto Serif", serif} gives Noto Serif Italic
     * for italic text. The typesetter moves there the words the first face cannot set.
     */
    @Override
    public List<FontFace> fallbacks(ComputedStyle style) {
        FontFace first = face(style);
        List<FontFace> out = new ArrayList<>();
        for (String family : style.fontFamilies()) {
            List<Entry> entries = families.get(key(family));
            if (entries != null) {
                FontFace face = closest(entries, style);
                if (face != first && !out.contains(face)) {
                    out.add(face);
                }
            }
        }
        return List.copyOf(out);
    }

    private static FontFace closest(List<Entry> entries, ComputedStyle style) {
        Entry best = null;
        int bestScore = Integer.MAX_VALUE;
        // indexed: asked for every run of text, and C1 (bin/colophon's compiler) keeps an iterator
        for (int i = 0, n = entries.size(); i < n; i++) {
            Entry e = entries.get(i);
            int score = (e.rule().italic() == style.italic() ? 0 : 10_000) + weightDistance(style.weight(), e.rule().weight());
            if (score < bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best.face();
    }

    /** The regular face of every family, in declaration order: the fallbacks for missing glyphs. */
    List<FontFace> fallbacks() {
        List<FontFace> out = new ArrayList<>();
        for (List<Entry> entries : families.values()) {
            Entry regular = entries.get(0);
            for (Entry e : entries) {
                if (!e.rule().italic() && Math.abs(e.rule().weight() - 400) < Math.abs(regular.rule().weight() - 400)) {
                    regular = e;
                }
            }
            if (!out.contains(regular.face())) {
                out.add(regular.face());
            }
        }
        return out;
    }

    /**
     * The faces some text was set in as a fallback, with its characters, in the order
     * print.css declares them: what the EPUB may embed.
     */
    List<FontUse> fallbackUse(TextResources resources) {
        List<FontUse> out = new ArrayList<>();
        List<FontFace> seen = new ArrayList<>();
        for (List<Entry> entries : families.values()) {
            for (Entry e : entries) {
                Set<Integer> cps = resources.setInFallback(e.face());
                if (!cps.isEmpty() && !seen.contains(e.face())) {
                    seen.add(e.face());
                    String src = e.rule().src();
                    out.add(new FontUse(e.rule().family(), src.substring(src.lastIndexOf('/') + 1), e.rule().italic(),
                            e.rule().weight(), e.face().bytes(), cps));
                }
            }
        }
        return List.copyOf(out);
    }

    private static int weightDistance(int wanted, int available) {
        // CSS prefers bolder faces for bold requests and lighter ones for light requests
        int d = Math.abs(wanted - available);
        boolean wrongSide = wanted > 500 ? available < wanted : available > wanted;
        return wrongSide ? d + 1000 : d;
    }

    private static String key(String family) {
        return family.trim().toLowerCase(Locale.ROOT);
    }

    private static String fileName(String src) {
        int slash = src.lastIndexOf('/');
        String name = slash >= 0 ? src.substring(slash + 1) : src;
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
