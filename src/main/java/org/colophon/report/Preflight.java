package org.colophon.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * What a printer's preflight would find in a PDF/X interior, read back from the bytes the
 * build wrote (not from what the typesetter meant to write): every font with the pages it is
 * on, embedded or not and subset or not; the colour spaces each page paints in, from its
 * content stream's operators and its images; and whether the file claims PDF/X-4 in its XMP
 * and carries a GTS_PDFX output intent.
 *
 * <p>{@code pdfxVersion} is null when the XMP has no {@code pdfxid:GTS_PDFXVersion};
 * {@code pdfxOutputCondition} null when no output intent is GTS_PDFX. {@code folios} are the
 * pages' printed numbers, from the file's page labels.
 */
public record Preflight(List<String> folios, List<Font> fonts, List<PageColours> pageColours, String pdfxVersion,
                        String pdfxOutputCondition) {

    static final String DEVICE_RGB = "DeviceRGB";
    private static final Pattern SUBSET = Pattern.compile("[A-Z]{6}\\+.+");
    private static final Pattern PDFX_VERSION = Pattern.compile(
            "pdfxid:GTS_PDFXVersion(?:\\s*=\\s*[\"']([^\"']*)[\"']|\\s*>([^<]*)<)");
    /** Form XObjects nest; a file that nests them in a loop is cut off here. */
    private static final int MAX_DEPTH = 8;

    public Preflight {
        folios = List.copyOf(folios);
        fonts = List.copyOf(fonts);
        pageColours = List.copyOf(pageColours);
    }

    /** A font as the file has it: its base name, subtype, and the 1-based pages it is used on. */
    public record Font(String name, String type, boolean embedded, boolean subset, List<Integer> pages) {
        public Font {
            pages = List.copyOf(pages);
        }
    }

    /** The colour spaces one page (1-based) paints in, by name, sorted. */
    public record PageColours(int page, List<String> spaces) {
        public PageColours {
            spaces = List.copyOf(spaces);
        }
    }

    public boolean claimsPdfX4() {
        return pdfxVersion != null && pdfxVersion.startsWith("PDF/X-4") && pdfxOutputCondition != null;
    }

    /** The pages that paint in DeviceRGB, which a PDF/X print condition in CMYK does not allow. */
    public List<Integer> deviceRgbPages() {
        List<Integer> pages = new ArrayList<>();
        for (PageColours p : pageColours) {
            if (p.spaces().contains(DEVICE_RGB)) {
                pages.add(p.page());
            }
        }
        return pages;
    }

    /** Why a strict print build fails on this file. */
    public List<String> strictProblems() {
        List<String> problems = new ArrayList<>();
        for (Font f : fonts) {
            if (!f.embedded()) {
                problems.add("font " + f.name() + " is not embedded (used on page " + folio(f.pages().get(0))
                        + (f.pages().size() > 1 ? " and " + (f.pages().size() - 1) + " more" : "") + ")");
            }
        }
        List<Integer> rgb = deviceRgbPages();
        if (!rgb.isEmpty()) {
            List<String> named = new ArrayList<>();
            for (int page : rgb) {
                named.add(folio(page));
            }
            problems.add(rgb.size() + " page(s) paint in DeviceRGB, which a PDF/X file on a CMYK print condition"
                    + " may not: page " + String.join(", ", named)
                    + " (a colour that is not a grey is written in RGB: give print.css a grey there)");
        }
        if (!claimsPdfX4()) {
            problems.add("the PDF does not claim PDF/X-4 (XMP pdfxid:GTS_PDFXVersion "
                    + (pdfxVersion == null ? "missing" : "\u201c" + pdfxVersion + "\u201d")
                    + (pdfxOutputCondition == null ? ", no GTS_PDFX output intent" : "") + ")");
        }
        return problems;
    }

    /** A 1-based page as an author finds it: its folio, and the PDF's number when they differ. */
    String folio(int page) {
        String label = page - 1 < folios.size() ? folios.get(page - 1) : null;
        return label == null || label.equals(Integer.toString(page)) ? Integer.toString(page)
                : label + " (PDF page " + page + ")";
    }

    /** Reads {@code pdf} back and checks it. */
    public static Preflight of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, FontSeen> fonts = new TreeMap<>();
            List<PageColours> colours = new ArrayList<>();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                Set<String> spaces = new TreeSet<>();
                Set<COSBase> visited = new HashSet<>();
                scan(page.getResources(), contents(page), number,
                        fonts, spaces, visited, 0);
                colours.add(new PageColours(number, new ArrayList<>(spaces)));
            }
            List<Font> fontList = new ArrayList<>(fonts.size());
            fonts.forEach((key, seen) -> fontList.add(new Font(seen.name, seen.type, seen.embedded,
                    SUBSET.matcher(seen.name).matches(), new ArrayList<>(seen.pages))));
            return new Preflight(folios(doc), fontList, colours, pdfxVersion(doc), pdfxOutputCondition(doc));
        }
    }

    private static List<String> folios(PDDocument doc) throws IOException {
        int count = doc.getNumberOfPages();
        var labels = doc.getDocumentCatalog().getPageLabels();
        String[] byIndex = labels == null ? new String[0] : labels.getLabelsByPageIndices();
        List<String> folios = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            folios.add(i < byIndex.length && byIndex[i] != null ? byIndex[i] : Integer.toString(i + 1));
        }
        return folios;
    }

    private static List<byte[]> contents(PDPage page) throws IOException {
        List<byte[]> streams = new ArrayList<>();
        var it = page.getContentStreams();
        while (it.hasNext()) {
            PDStream s = it.next();
            try (var in = s.createInputStream()) {
                streams.add(in.readAllBytes());
            }
        }
        return streams;
    }

    private static final class FontSeen {
        final String name;
        final String type;
        final boolean embedded;
        final Set<Integer> pages = new TreeSet<>();

        FontSeen(String name, String type, boolean embedded) {
            this.name = name;
            this.type = type;
            this.embedded = embedded;
        }
    }

    private static void scan(PDResources resources, List<byte[]> streams, int page, Map<String, FontSeen> fonts,
                             Set<String> spaces, Set<COSBase> visited, int depth) throws IOException {
        if (resources == null || depth > MAX_DEPTH) {
            return;
        }
        for (byte[] content : streams) {
            PDFStreamParser parser = new PDFStreamParser(content);
            List<Object> operands = new ArrayList<>();
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof Operator op)) {
                    operands.add(token);
                    continue;
                }
                switch (op.getName()) {
                    case "rg", "RG" -> spaces.add(DEVICE_RGB);
                    case "k", "K" -> spaces.add("DeviceCMYK");
                    case "g", "G" -> spaces.add("DeviceGray");
                    case "cs", "CS" -> {
                        if (!operands.isEmpty() && operands.get(operands.size() - 1) instanceof COSName n) {
                            spaces.add(colourSpace(resources, n));
                        }
                    }
                    case "Tf" -> {
                        if (!operands.isEmpty() && operands.get(0) instanceof COSName n) {
                            font(resources, n, page, fonts);
                        }
                    }
                    case "BI" -> {
                        COSDictionary params = op.getImageParameters();
                        COSBase cs = params == null ? null : params.getDictionaryObject(COSName.CS, COSName.COLORSPACE);
                        if (cs instanceof COSName n) {
                            spaces.add(inlineSpace(resources, n));
                        }
                    }
                    case "Do" -> {
                        if (!operands.isEmpty() && operands.get(0) instanceof COSName n) {
                            PDXObject x = resources.getXObject(n);
                            if (x instanceof PDImageXObject image && image.getColorSpace() != null) {
                                spaces.add(image.getColorSpace().getName());
                            } else if (x instanceof PDFormXObject form && visited.add(form.getCOSObject())) {
                                byte[] formContent;
                                try (var in = form.getContents()) {
                                    formContent = in.readAllBytes();
                                }
                                PDResources own = form.getResources();
                                scan(own == null ? resources : own, List.of(formContent), page, fonts, spaces,
                                        visited, depth + 1);
                            }
                        }
                    }
                    default -> { }
                }
                operands.clear();
            }
        }
    }

    private static String colourSpace(PDResources resources, COSName name) throws IOException {
        if (COSName.DEVICERGB.equals(name) || COSName.DEVICECMYK.equals(name) || COSName.DEVICEGRAY.equals(name)
                || COSName.PATTERN.equals(name)) {
            return name.getName();
        }
        PDColorSpace space = resources.getColorSpace(name);
        return space == null ? name.getName() : space.getName();
    }

    /** Inline images abbreviate the device spaces. */
    private static String inlineSpace(PDResources resources, COSName name) throws IOException {
        return switch (name.getName()) {
            case "RGB" -> DEVICE_RGB;
            case "CMYK" -> "DeviceCMYK";
            case "G" -> "DeviceGray";
            case "I" -> "Indexed";
            default -> colourSpace(resources, name);
        };
    }

    private static void font(PDResources resources, COSName name, int page, Map<String, FontSeen> fonts) {
        COSDictionary dict = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        COSDictionary font = dict == null ? null : dict.getCOSDictionary(name);
        if (font == null) {
            return;
        }
        String base = font.getNameAsString(COSName.BASE_FONT);
        String type = font.getNameAsString(COSName.SUBTYPE);
        boolean embedded;
        if ("Type3".equals(type)) {
            embedded = true; // its glyphs are content streams in the file
            base = base == null ? "Type3 " + name.getName() : base;
        } else {
            COSDictionary described = font;
            if ("Type0".equals(type)) {
                COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
                described = descendants != null && descendants.size() > 0
                        && descendants.getObject(0) instanceof COSDictionary d ? d : font;
            }
            COSDictionary descriptor = described.getCOSDictionary(COSName.FONT_DESC);
            embedded = descriptor != null && (descriptor.containsKey(COSName.FONT_FILE)
                    || descriptor.containsKey(COSName.FONT_FILE2) || descriptor.containsKey(COSName.FONT_FILE3));
        }
        String key = (base == null ? name.getName() : base) + "\u0000" + type;
        String shown = base == null ? name.getName() : base;
        boolean isEmbedded = embedded;
        fonts.computeIfAbsent(key, k -> new FontSeen(shown, type == null ? "" : type, isEmbedded)).pages.add(page);
    }

    private static String pdfxVersion(PDDocument doc) throws IOException {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return null;
        }
        String xmp;
        try (var in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = PDFX_VERSION.matcher(xmp);
        if (!m.find()) {
            return null;
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    }

    private static String pdfxOutputCondition(PDDocument doc) {
        for (PDOutputIntent intent : doc.getDocumentCatalog().getOutputIntents()) {
            if ("GTS_PDFX".equals(intent.getCOSObject().getNameAsString(COSName.S))) {
                String id = intent.getOutputConditionIdentifier();
                return id == null ? "" : id;
            }
        }
        return null;
    }
}
