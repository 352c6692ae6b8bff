package org.colophon.pdf.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.colophon.pdf.text.FontFace;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.text.SetLine;
import org.colophon.pdf.text.TextStyle;

/**
 * Draws set lines into a PDF as glyph ids with TJ positioning, embedding each face once
 * per document as a subset Type 0 font whose ToUnicode maps ligatures back to their
 * letters. One per document; not thread-safe.
 *
 * <p>Glyph ids are written as 2-byte CIDs (Identity-H); after each glyph whose advance
 * differs from the font's own width (kerning, justified spaces) a TJ number moves the
 * next glyph to exactly where the line setter put it. A hyphen the setter added at a
 * line break is the one exception: it is shown with a CID past the font's glyph ids,
 * mapped to the hyphen's glyph, inside a span whose ActualText is the soft hyphen, so
 * that text extraction drops it while a hyphen of the text itself stays (see
 * {@link #SOFT_HYPHEN}).
 *
 * <p>Why the fonts are subset here and not by PDFBox: PDFBox builds a subset's ToUnicode
 * map from the font's cmap alone, so ligatures (fi, ffi) and small capitals, which no
 * cmap entry reaches, would extract as nothing; and it rebuilds that map while saving,
 * after any caller could fix it. So each face is loaded unsubset (which registers it
 * with the page resources the usual way), and {@link #finish()} replaces its font
 * program by a fontbox {@link TTFSubsetter} subset, with the matching /W,
 * /CIDToGIDMap, a {@code ABCDEF+} name and a ToUnicode map built from what the shaper
 * learned about every glyph.
 */
public final class PdfTextWriter {

    private static final List<String> SUBSET_TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    private final PDDocument document;
    private final Map<FontFace, Embedded> fonts = new IdentityHashMap<>();
    private final List<FontFace> order = new ArrayList<>();
    private boolean finished;

    private static final class Embedded {
        final PDType0Font font;
        final BitSet glyphs = new BitSet();
        /**
         * The glyphs drawn as a hyphen at a break, in the order first drawn: the one at index
         * i is shown with CID {@code numGlyphs + i}, a code past every glyph id of the font,
         * so that its ToUnicode entry can say U+00AD while the same glyph elsewhere says "-".
         */
        final List<Integer> breakHyphens = new ArrayList<>(1);
        final int firstBreakHyphenCid;

        Embedded(PDType0Font font, int numGlyphs) {
            this.font = font;
            this.firstBreakHyphenCid = numGlyphs;
        }

        /** The CID that shows {@code glyph} as a hyphen at a break (the glyph id itself when no code is left). */
        int breakHyphenCid(int glyph) {
            int index = breakHyphens.indexOf(glyph);
            if (index < 0) {
                if (firstBreakHyphenCid + breakHyphens.size() > 0xFFFF) {
                    return glyph; // no 2-byte code left past the font's glyphs: the ActualText alone marks it
                }
                breakHyphens.add(glyph);
                index = breakHyphens.size() - 1;
            }
            return firstBreakHyphenCid + index;
        }
    }

    private final DrawnRuns drawnRuns; // null: none kept
    private final boolean srgb;

    public PdfTextWriter(PDDocument document) {
        this(document, null, false);
    }

    /**
     * {@code drawnRuns}: the operators of runs an earlier PDF of the book drew, which this one
     * reuses and keeps; {@code srgb}: colours that are not grey are drawn in the
     * {@link SrgbSpace} each page has under {@link SrgbSpace#NAME} (a print-ready PDF), not in
     * DeviceRGB.
     */
    public PdfTextWriter(PDDocument document, DrawnRuns drawnRuns, boolean srgb) {
        this.document = document;
        this.drawnRuns = drawnRuns;
        this.srgb = srgb;
        if (drawnRuns != null) {
            drawnRuns.startPdf();
        }
    }

    /** Draws {@code line} with its left edge at {@code x} and its baseline at {@code baseline}. */
    public void drawLine(PDPageContentStream content, SetLine line, float x, float baseline) throws IOException {
        drawLine(content, line, x, baseline, null);
    }

    /**
     * Draws {@code line} as marked content: {@code opens[i]}, when not null, is the
     * operator (BDC) that opens the marked-content sequence run {@code i} starts; each
     * sequence ends (EMC) where the next opens or with the line, inside its text object.
     */
    public void drawLine(PDPageContentStream content, SetLine line, float x, float baseline, String[] opens)
            throws IOException {
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        if (line.runs().isEmpty()) {
            return;
        }
        content.beginText();
        PDType0Font currentFont = null;
        float currentSize = -1;
        float currentRise = 0;
        float currentScale = 1; // Tz, in the text state, which outlives the text object: reset after the line
        int currentColor = 0x000000; // what every line starts and ends with: black text writes no colour
        StringBuilder tj = new StringBuilder(256);
        boolean marked = false;
        List<GlyphRun> runs = line.runs();
        for (int r = 0; r < runs.size(); r++) {
            GlyphRun run = runs.get(r);
            TextStyle style = run.style();
            if (!run.drawn()) {
                continue; // nothing visible to draw
            }
            if (opens != null && opens[r] != null) {
                content.appendRawCommands(marked ? "EMC\n" + opens[r] : opens[r]);
                marked = true;
            }
            FontFace face = style.font();
            Embedded embedded = embedded(face);
            if (embedded.font != currentFont || style.size() != currentSize) {
                content.setFont(embedded.font, style.size());
                currentFont = embedded.font;
                currentSize = style.size();
            }
            if (style.rise() != currentRise) {
                content.setTextRise(style.rise());
                currentRise = style.rise();
            }
            if (run.scale() != currentScale) {
                content.appendRawCommands(horizontalScaling(run.scale()));
                currentScale = run.scale();
            }
            if (style.color() != currentColor) {
                content.appendRawCommands(fill(style.color(), srgb));
                currentColor = style.color();
            }
            content.setTextMatrix(Matrix.getTranslateInstance(x + run.x(), baseline));
            tj.setLength(0);
            int glyphs = run.glyphs().length;
            int text = r == runs.size() - 1 ? glyphs - line.breakHyphenGlyphs() : glyphs;
            String known = drawnRuns == null ? null : drawnRuns.get(run, text);
            if (known != null) {
                markUsed(run, embedded, text);
                tj.append(known);
            } else {
                appendTj(tj, run, face, embedded, 0, text, false);
                if (drawnRuns != null) {
                    drawnRuns.put(run, text, tj.toString());
                }
            }
            if (text < glyphs) {
                tj.append(SOFT_HYPHEN);
                appendTj(tj, run, face, embedded, text, glyphs, true);
                tj.append("EMC\n");
            }
            content.appendRawCommands(tj.toString());
        }
        if (marked) {
            content.appendRawCommands("EMC\n");
        }
        if (currentRise != 0) {
            content.setTextRise(0);
        }
        if (currentScale != 1) {
            content.appendRawCommands(horizontalScaling(1));
        }
        if (currentColor != 0x000000) {
            content.appendRawCommands("0 g\n");
        }
        content.endText();
    }

    /**
     * The fill operator for a 0xRRGGBB colour, with three decimals at most: {@code g}
     * (DeviceGray) for a grey, which a four-colour press prints on the black plate alone
     * (as an RGB grey it would be converted to a rich grey of all four inks, blurred by
     * their misregistration), {@code rg} for any other colour.
     */
    static String fill(int rgb) {
        return fill(rgb, false);
    }

    /** The same, any colour that is not a grey selected in the page's {@link SrgbSpace} when {@code srgb}. */
    static String fill(int rgb, boolean srgb) {
        StringBuilder sb = new StringBuilder(24);
        int r = rgb >> 16 & 0xFF;
        if (r == (rgb >> 8 & 0xFF) && r == (rgb & 0xFF)) {
            appendNumber(sb, Math.round(r * 1000.0 / 255.0));
            return sb.append(" g\n").toString();
        }
        if (srgb) {
            sb.append('/').append(SrgbSpace.NAME.getName()).append(" cs ");
        }
        for (int shift = 16; shift >= 0; shift -= 8) {
            appendNumber(sb, Math.round(((rgb >> shift) & 0xFF) * 1000.0 / 255.0));
            sb.append(' ');
        }
        return sb.append(srgb ? "sc\n" : "rg\n").toString();
    }

    /**
     * The {@code Tz} operator for a glyph scaling (1: none), to a thousandth of a percent:
     * it scales the glyphs and the TJ moves alike (ISO 32000-1, 9.3.4), whatever the font's
     * encoding, so an Identity-H font is scaled like any other.
     */
    static String horizontalScaling(float scale) {
        StringBuilder sb = new StringBuilder(16);
        appendNumber(sb, Math.round(scale * 100_000.0));
        return sb.append(" Tz\n").toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Opens the marked content around a hyphen drawn only because the line breaks inside a
     * word. ISO 32000-1 (14.8.2.2.3) has such a hyphen extracted as U+00AD, the soft
     * hyphen, through its ActualText or its ToUnicode entry; readers differ in which they
     * read (PDFBox and poppler the ActualText, pdf.js only ToUnicode), so the hyphen has
     * both: this span, and a CID of its own whose ToUnicode is U+00AD. Nested in the line's
     * marked content, with no MCID, so the structure tree is unchanged.
     */
    static final String SOFT_HYPHEN = "/Span <</ActualText <FEFF00AD>>> BDC\n";

    /**
     * Appends a TJ showing the glyphs {@code from} to {@code to} of {@code run}, as the
     * CIDs of hyphens at a break when {@code breakHyphen}; a TJ that ends before the run
     * does keeps the move after its last glyph, so that the next one starts where the
     * setter put it.
     */
    private static void appendTj(StringBuilder tj, GlyphRun run, FontFace face, Embedded embedded, int from, int to,
                                 boolean breakHyphen) {
        if (from == to) {
            return;
        }
        BitSet used = embedded.glyphs;
        int[] glyphs = run.glyphs();
        float[] advances = run.advances();
        // Tz scales the glyph widths and the TJ numbers: an advance is the font's width times the scale
        float toThousandths = 1000f / (run.style().size() * run.scale());
        tj.append("[<");
        boolean open = true;
        for (int i = from; i < to; i++) {
            int g = glyphs[i];
            used.set(g);
            if (!open) {
                tj.append('<');
                open = true;
            }
            int code = breakHyphen ? embedded.breakHyphenCid(g) : g;
            tj.append(HEX[(code >> 12) & 15]).append(HEX[(code >> 8) & 15]).append(HEX[(code >> 4) & 15])
                    .append(HEX[code & 15]);
            // TJ numbers are subtracted from the advance, in thousandths of the font size
            float adjust = face.pdfWidth(g) - advances[i] * toThousandths;
            long milli = Math.round(adjust * 1000.0);
            if (milli != 0 && i < glyphs.length - 1) {
                tj.append('>');
                open = false;
                appendNumber(tj, milli);
            }
        }
        if (open) {
            tj.append('>');
        }
        tj.append("] TJ\n");
    }

    /** Marks the first {@code to} glyphs of {@code run} as used, as drawing them does. */
    private static void markUsed(GlyphRun run, Embedded embedded, int to) {
        int[] glyphs = run.glyphs();
        for (int i = 0; i < to; i++) {
            embedded.glyphs.set(glyphs[i]);
        }
    }

    /** Writes {@code milli / 1000} with up to three decimals, no exponent. */
    private static void appendNumber(StringBuilder sb, long milli) {
        if (milli < 0) {
            sb.append('-');
            milli = -milli;
        }
        sb.append(milli / 1000);
        long fraction = milli % 1000;
        if (fraction != 0) {
            sb.append('.');
            if (fraction < 100) {
                sb.append('0');
            }
            if (fraction < 10) {
                sb.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            sb.append(fraction);
        }
    }

    private Embedded embedded(FontFace face) throws IOException {
        Embedded embedded = fonts.get(face);
        if (embedded == null) {
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(face.bytes()), false);
            embedded = new Embedded(font, face.numGlyphs());
            fonts.put(face, embedded);
            order.add(face);
        }
        return embedded;
    }

    /**
     * What drawing some lines did to the fonts, to be done again when their stream is
     * reused: the faces in the order the lines first set them (which names them in the
     * page's resources, and embeds them in the document in that order), the glyphs of each,
     * and each hyphen drawn at a break as (face index, glyph, the CID it was shown with).
     */
    public record FontsDrawn(List<FontFace> faces, List<BitSet> glyphs, int[] breakHyphens) {}

    /** What drawing {@code lines} (already drawn, in this order) did to the fonts. */
    FontsDrawn fontsOf(List<SetLine> lines) throws IOException {
        List<FontFace> faces = new ArrayList<>();
        List<BitSet> glyphs = new ArrayList<>();
        List<Integer> hyphens = new ArrayList<>();
        for (SetLine line : lines) {
            List<GlyphRun> runs = line.runs();
            for (int r = 0; r < runs.size(); r++) {
                GlyphRun run = runs.get(r);
                if (!run.drawn()) {
                    continue;
                }
                FontFace face = run.style().font();
                int index = faces.indexOf(face);
                if (index < 0) {
                    index = faces.size();
                    faces.add(face);
                    glyphs.add(new BitSet());
                }
                BitSet used = glyphs.get(index);
                int[] g = run.glyphs();
                int text = r == runs.size() - 1 ? g.length - line.breakHyphenGlyphs() : g.length;
                for (int i = 0; i < g.length; i++) {
                    used.set(g[i]);
                    if (i >= text) {
                        hyphens.add(index);
                        hyphens.add(g[i]);
                        hyphens.add(embedded(face).breakHyphenCid(g[i])); // given when drawn: asked again
                    }
                }
            }
        }
        return new FontsDrawn(List.copyOf(faces), List.copyOf(glyphs),
                hyphens.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Does to the fonts what drawing the lines of {@code fonts} did, naming them in
     * {@code resources} as the drawing did; false when a hyphen at a break would now be
     * shown with another CID (a face's hyphens are numbered in the order the document first
     * draws them), and the stream drawn then cannot be reused: the lines must be drawn,
     * which does the same again and no more.
     */
    boolean replay(FontsDrawn fonts, org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        List<FontFace> faces = fonts.faces();
        for (int i = 0; i < faces.size(); i++) {
            Embedded embedded = embedded(faces.get(i));
            resources.add(embedded.font);
            embedded.glyphs.or(fonts.glyphs().get(i));
        }
        int[] hyphens = fonts.breakHyphens();
        for (int i = 0; i < hyphens.length; i += 3) {
            if (embedded(faces.get(hyphens[i])).breakHyphenCid(hyphens[i + 1]) != hyphens[i + 2]) {
                return false;
            }
        }
        return true;
    }

    /** Embeds the subsets of every face used; call once, before saving the document. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        for (FontFace face : order) {
            subset(face, fonts.get(face));
        }
    }

    private void subset(FontFace face, Embedded embedded) throws IOException {
        Set<Integer> glyphs = new TreeSet<>();
        glyphs.add(0);
        embedded.glyphs.stream().forEach(glyphs::add);
        byte[] program;
        Map<Integer, Integer> newToOld;
        String tag = tag(glyphs);
        try (TrueTypeFont ttf = face.parse()) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, SUBSET_TABLES);
            subsetter.addGlyphIds(glyphs);
            newToOld = subsetter.getGIDMap();
            subsetter.setPrefix(tag);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            program = out.toByteArray();
        }
        String name = tag + face.postScriptName();
        COSDictionary type0 = embedded.font.getCOSObject();
        COSDictionary cidFont = (COSDictionary) ((COSArray) type0.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0);
        COSDictionary descriptor = (COSDictionary) cidFont.getDictionaryObject(COSName.FONT_DESC);
        type0.setName(COSName.BASE_FONT, name);
        cidFont.setName(COSName.BASE_FONT, name);
        descriptor.setName(COSName.FONT_NAME, name);

        PDStream fontFile = new PDStream(document, new ByteArrayInputStream(program), COSName.FLATE_DECODE);
        fontFile.getCOSObject().setInt(COSName.LENGTH1, program.length);
        descriptor.setItem(COSName.FONT_FILE2, fontFile);
        descriptor.removeItem(COSName.CID_SET);

        // the content streams use the original glyph ids as CIDs; map them to the subset's
        int maxCid = 0;
        for (int old : newToOld.values()) {
            maxCid = Math.max(maxCid, old);
        }
        List<Integer> breakHyphens = embedded.breakHyphens;
        if (!breakHyphens.isEmpty()) {
            maxCid = embedded.firstBreakHyphenCid + breakHyphens.size() - 1;
        }
        byte[] cidToGid = new byte[(maxCid + 1) * 2];
        Map<Integer, Integer> oldToNew = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            int cid = e.getValue();
            int gid = e.getKey();
            oldToNew.put(cid, gid);
            cidToGid[2 * cid] = (byte) (gid >> 8);
            cidToGid[2 * cid + 1] = (byte) gid;
        }
        for (int i = 0; i < breakHyphens.size(); i++) {
            int cid = embedded.firstBreakHyphenCid + i;
            int gid = oldToNew.get(breakHyphens.get(i));
            cidToGid[2 * cid] = (byte) (gid >> 8);
            cidToGid[2 * cid + 1] = (byte) gid;
        }
        cidFont.setItem(COSName.CID_TO_GID_MAP,
                new PDStream(document, new ByteArrayInputStream(cidToGid), COSName.FLATE_DECODE));
        COSArray widths = widths(face, glyphs);
        if (!breakHyphens.isEmpty()) {
            COSArray run = new COSArray();
            for (int g : breakHyphens) {
                run.add(COSInteger.get(face.pdfWidth(g)));
            }
            widths.add(COSInteger.get(embedded.firstBreakHyphenCid));
            widths.add(run);
        }
        cidFont.setItem(COSName.W, widths);
        cidFont.removeItem(COSName.DW);
        type0.setItem(COSName.TO_UNICODE, new PDStream(document,
                new ByteArrayInputStream(toUnicode(face, glyphs, embedded)), COSName.FLATE_DECODE));
    }

    /** /W: runs of consecutive CIDs with their widths, as /W [c [w1 w2 ...] ...]. */
    private static COSArray widths(FontFace face, Set<Integer> glyphs) {
        COSArray w = new COSArray();
        COSArray run = null;
        int previous = -2;
        for (int g : glyphs) {
            if (g != previous + 1) {
                run = new COSArray();
                w.add(COSInteger.get(g));
                w.add(run);
            }
            run.add(COSInteger.get(face.pdfWidth(g)));
            previous = g;
        }
        return w;
    }

    /** A deterministic six-letter subset tag derived from the glyphs kept. */
    private static String tag(Set<Integer> glyphs) {
        long hash = 1125899906842597L;
        for (int g : glyphs) {
            hash = 31 * hash + g;
        }
        hash &= Long.MAX_VALUE;
        char[] tag = new char[6];
        for (int i = 0; i < 6; i++) {
            tag[i] = (char) ('A' + hash % 26);
            hash /= 26;
        }
        return new String(tag) + "+";
    }

    private static byte[] toUnicode(FontFace face, Set<Integer> glyphs, Embedded embedded) {
        Map<Integer, String> entries = new LinkedHashMap<>();
        for (int g : glyphs) {
            String text = face.glyphText(g);
            if (text != null && !text.isEmpty()) {
                entries.put(g, text);
            }
        }
        for (int i = 0; i < embedded.breakHyphens.size(); i++) {
            entries.put(embedded.firstBreakHyphenCid + i, "\u00AD");
        }
        StringBuilder cmap = new StringBuilder(64 + entries.size() * 24);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> list = new ArrayList<>(entries.entrySet());
        for (int start = 0; start < list.size(); start += 100) {
            int end = Math.min(list.size(), start + 100);
            cmap.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                int g = list.get(i).getKey();
                cmap.append('<').append(HEX[(g >> 12) & 15]).append(HEX[(g >> 8) & 15])
                        .append(HEX[(g >> 4) & 15]).append(HEX[g & 15]).append("> <");
                for (char c : list.get(i).getValue().toCharArray()) {
                    cmap.append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
