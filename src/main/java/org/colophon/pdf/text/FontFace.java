package org.colophon.pdf.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font file, loaded once: measured and shaped with the JDK's font engine,
 * embedded (subset) into PDFs by {@link PdfTextWriter}. Immutable and thread-safe.
 *
 * <p>Everything read from the font tables is copied into plain arrays and maps at load
 * time, because fontbox reads its tables lazily and is not safe to share between threads.
 */
public final class FontFace {

    /** Shaping happens at this size; advances are kept in these units (1/1000 em). */
    static final float SHAPING_SIZE = 1000f;

    private final String name;
    private final byte[] bytes;
    private final Font shapingFont;
    private final Font shapingFontNoLigatures;
    private final String postScriptName;
    private final int unitsPerEm;
    private final int[] advanceWidths; // font units, per glyph
    private final float ascender;      // 1/1000 em
    private final float descender;     // 1/1000 em, positive
    private final float capHeight;
    private final float xHeight;
    private final int numGlyphs;
    private final Map<Integer, Integer> smallCapGlyphs;
    private final Map<Integer, String> cmapText;   // glyph -> smallest code point mapping to it
    private final Map<Integer, Integer> cmap;       // code point -> glyph, for the few we look up
    /** The cmap's BMP part as a table (glyph + 1, 0 for none): every character of the text is looked up. */
    private final char[] bmpGlyphs;
    /** Text of glyphs the cmap cannot name (ligatures, small capitals), learned while shaping. */
    private final ConcurrentHashMap<Integer, String> learnedText = new ConcurrentHashMap<>();

    private FontFace(String name, byte[] bytes) throws IOException {
        this.name = name;
        this.bytes = bytes.clone();
        try {
            Font base = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(this.bytes));
            Map<TextAttribute, Object> attributes = new HashMap<>();
            attributes.put(TextAttribute.SIZE, SHAPING_SIZE);
            attributes.put(TextAttribute.KERNING, TextAttribute.KERNING_ON);
            this.shapingFontNoLigatures = base.deriveFont(attributes);
            attributes.put(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
            this.shapingFont = base.deriveFont(attributes);
        } catch (FontFormatException e) {
            throw new IOException(name + " is not a TrueType font: " + e.getMessage(), e);
        }
        try (TrueTypeFont ttf = parse()) {
            this.postScriptName = ttf.getName() == null ? name.replaceAll("[^A-Za-z0-9-]", "") : ttf.getName();
            this.unitsPerEm = ttf.getUnitsPerEm();
            checkUnitsPerEm(unitsPerEm);
            this.numGlyphs = ttf.getNumberOfGlyphs();
            HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
            this.advanceWidths = new int[numGlyphs];
            for (int g = 0; g < numGlyphs; g++) {
                advanceWidths[g] = hmtx.getAdvanceWidth(g);
            }
            float toThousandths = 1000f / unitsPerEm;
            OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
            if (os2 != null) {
                this.ascender = os2.getTypoAscender() * toThousandths;
                this.descender = -os2.getTypoDescender() * toThousandths;
                this.capHeight = (os2.getVersion() >= 2 ? os2.getCapHeight() : os2.getTypoAscender() * 0.7f) * toThousandths;
                this.xHeight = (os2.getVersion() >= 2 ? os2.getHeight() : os2.getTypoAscender() * 0.48f) * toThousandths;
            } else {
                this.ascender = ttf.getHorizontalHeader().getAscender() * toThousandths;
                this.descender = -ttf.getHorizontalHeader().getDescender() * toThousandths;
                this.capHeight = ascender * 0.7f;
                this.xHeight = ascender * 0.48f;
            }
            CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
            Map<Integer, String> text = new HashMap<>();
            Map<Integer, Integer> cps = new HashMap<>();
            if (lookup != null) {
                for (int g = 1; g < numGlyphs; g++) {
                    List<Integer> codes = lookup.getCharCodes(g);
                    if (codes != null && !codes.isEmpty()) {
                        text.put(g, new String(Character.toChars(preferredCode(codes))));
                        for (int cp : codes) {
                            cps.merge(cp, g, Math::min);
                        }
                    }
                }
            }
            this.cmapText = Map.copyOf(text);
            this.cmap = Map.copyOf(cps);
            this.bmpGlyphs = new char[Character.MAX_VALUE + 1];
            cps.forEach((cp, g) -> {
                if (cp >= 0 && cp <= Character.MAX_VALUE && g < Character.MAX_VALUE) {
                    bmpGlyphs[cp] = (char) (g + 1);
                }
            });
            this.smallCapGlyphs = readSmallCaps(ttf);
        }
    }

    /**
     * Which of the code points sharing a glyph it stands for in extracted text: not a
     * modifier letter or combining mark (U+02BC and U+0313 share the apostrophe's glyph
     * with U+2019), then the smallest (U+0020 before U+00A0, U+002D before U+2010).
     */
    private static int preferredCode(List<Integer> codes) {
        int best = -1;
        for (int cp : codes) {
            int type = Character.getType(cp);
            boolean plain = type != Character.MODIFIER_LETTER && type != Character.NON_SPACING_MARK
                    && type != Character.FORMAT && type != Character.MODIFIER_SYMBOL;
            if (plain && (best < 0 || cp < best)) {
                best = cp;
            }
        }
        return best >= 0 ? best : Collections.min(codes);
    }

    /**
     * Refuses a font whose em is not divided as the OpenType specification allows: every
     * width is divided by it (0 made every glyph infinitely wide).
     */
    public static void checkUnitsPerEm(int unitsPerEm) throws IOException {
        if (unitsPerEm < SettingLimits.MIN_UNITS_PER_EM || unitsPerEm > SettingLimits.MAX_UNITS_PER_EM) {
            throw new IOException("its head table gives " + unitsPerEm + " units per em, where the OpenType"
                    + " specification allows " + SettingLimits.MIN_UNITS_PER_EM + " to " + SettingLimits.MAX_UNITS_PER_EM);
        }
    }

    /** Loads a TrueType font; {@code name} is how messages and the PDF name it. */
    public static FontFace load(String name, byte[] trueTypeBytes) throws IOException {
        return new FontFace(name, trueTypeBytes);
    }

    private static Map<Integer, Integer> readSmallCaps(TrueTypeFont ttf) {
        try {
            GsubData gsub = ttf.getGsubData();
            if (gsub == null || gsub == GsubData.NO_DATA_FOUND || !gsub.isFeatureSupported("smcp")) {
                return Map.of();
            }
            ScriptFeature smcp = gsub.getFeature("smcp");
            Map<Integer, Integer> map = new HashMap<>();
            for (List<Integer> source : smcp.getAllGlyphIdsForSubstitution()) {
                if (source.size() == 1) {
                    Integer replacement = smcp.getReplacementForGlyphs(source);
                    if (replacement != null) {
                        map.put(source.get(0), replacement);
                    }
                }
            }
            return Map.copyOf(map);
        } catch (IOException | RuntimeException e) {
            // a broken GSUB table only costs the real small capitals; they are synthesized
            return Map.of();
        }
    }

    /** A fresh fontbox parse of the font, for the caller to own and close (subsetting). */
    public TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String name() {
        return name;
    }

    public String postScriptName() {
        return postScriptName;
    }

    /** Distance from baseline to the top of the tallest glyphs, in points at {@code size}. */
    public float ascender(float size) {
        return ascender * size / 1000f;
    }

    /** Distance from baseline to the bottom of descenders, positive, in points at {@code size}. */
    public float descender(float size) {
        return descender * size / 1000f;
    }

    public float capHeight(float size) {
        return capHeight * size / 1000f;
    }

    public float xHeight(float size) {
        return xHeight * size / 1000f;
    }

    public boolean hasGlyph(int codePoint) {
        if (codePoint >= 0 && codePoint <= Character.MAX_VALUE) {
            return bmpGlyphs[codePoint] != 0 || cmap.containsKey(codePoint); // a glyph id ≥ 65535: rare
        }
        return cmap.containsKey(codePoint);
    }

    /** The glyph the cmap gives a code point, 0 (.notdef) when it has none. */
    int glyphOf(int codePoint) {
        Integer g = cmap.get(codePoint);
        return g == null ? 0 : g;
    }

    /** Advance width of a glyph in 1/1000 em, as the PDF's /W array states it. */
    public int pdfWidth(int glyph) {
        if (glyph < 0 || glyph >= numGlyphs) {
            return 0;
        }
        return Math.round(advanceWidths[glyph] * 1000f / unitsPerEm);
    }

    /** Exact advance of a glyph in 1/1000 em. */
    float advance(int glyph) {
        if (glyph < 0 || glyph >= numGlyphs) {
            return 0;
        }
        return advanceWidths[glyph] * 1000f / unitsPerEm;
    }

    /** The glyphs the font has: ids from 0 to this, exclusive. */
    public int numGlyphs() {
        return numGlyphs;
    }

    int unitsPerEm() {
        return unitsPerEm;
    }

    /** The font's small capital for a glyph (GSUB smcp), or -1 when it has none. */
    int smallCap(int glyph) {
        Integer g = smallCapGlyphs.get(glyph);
        return g == null ? -1 : g;
    }

    boolean hasSmallCaps() {
        return !smallCapGlyphs.isEmpty();
    }

    Font shapingFont(boolean ligatures) {
        return ligatures ? shapingFont : shapingFontNoLigatures;
    }

    /**
     * Remembers what characters a glyph showed while shaping. Glyphs the cmap cannot name
     * (ligatures, small capitals) need it, and so do glyphs several code points share
     * (U+202F and U+2009, U+2019 and U+02BC): the text actually set is what extraction
     * should give back. When a glyph showed several texts, the cmap's preferred one wins,
     * else the smallest, so that the order paragraphs were set in does not matter.
     */
    void learnText(int glyph, String text) {
        if (text.isEmpty()) {
            return;
        }
        String known = learnedText.get(glyph);
        if (text.equals(known)) {
            return;
        }
        String preferred = cmapText.get(glyph);
        learnedText.merge(glyph, text, (a, b) -> {
            if (a.equals(preferred) || b.equals(preferred)) {
                return preferred;
            }
            return a.compareTo(b) <= 0 ? a : b;
        });
    }

    /** Whether this face was loaded from exactly these bytes. */
    public boolean isMadeOf(byte[] fileBytes) {
        return java.util.Arrays.equals(bytes, fileBytes);
    }

    /** The characters a glyph stands for, for the PDF's ToUnicode map; null if unknown. */
    public String glyphText(int glyph) {
        String learned = learnedText.get(glyph);
        return learned != null ? learned : cmapText.get(glyph);
    }

    Set<Integer> mappedGlyphs() {
        return cmapText.keySet();
    }

    @Override
    public String toString() {
        return name;
    }
}
