package org.colophon.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What a printer's preflight would find in a PDF/X file (the interior or the cover spread),
 * read back from the bytes the build wrote (not from what the typesetter meant to write):
 * every font with the pages it is on, embedded or not and subset or not; the colour spaces
 * each page paints in, from its content's operators, images (inline ones and those in form
 * XObjects too), shadings and patterns; the pages whose content crosses the bleed box or
 * stops short of it (see {@link PageScan}); and whether the file claims PDF/X-4 in its XMP
 * and carries a GTS_PDFX output intent.
 *
 * <p>{@code pdfxVersion} is null when the XMP has no {@code pdfxid:GTS_PDFXVersion};
 * {@code pdfxOutputCondition} null when no output intent is GTS_PDFX. {@code folios} are the
 * pages' printed numbers, from the file's page labels.
 */
public record Preflight(List<String> folios, List<Font> fonts, List<PageColours> pageColours,
                        List<PageEdges> pageEdges, String pdfxVersion, String pdfxOutputCondition) {

    static final String DEVICE_RGB = "DeviceRGB";
    static final String DEVICE_CMYK = "DeviceCMYK";
    static final String DEVICE_GRAY = "DeviceGray";
    private static final Pattern SUBSET = Pattern.compile("[A-Z]{6}\\+.+");
    private static final Pattern PDFX_VERSION = Pattern.compile(
            "pdfxid:GTS_PDFXVersion(?:\\s*=\\s*[\"']([^\"']*)[\"']|\\s*>([^<]*)<)");

    public Preflight {
        folios = List.copyOf(folios);
        fonts = List.copyOf(fonts);
        pageColours = List.copyOf(pageColours);
        pageEdges = List.copyOf(pageEdges);
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

    /**
     * A page (1-based) whose content reaches where a printer does not want it: what paints
     * both inside and outside the bleed box ({@code acrossBleed}: a printer's RIP cuts it
     * off at the bleed, so it was not drawn for this page's boxes), and the images, rules and
     * shadings that pass the trim edge but stop short of the bleed edge ({@code shortOfBleed}:
     * a knife that wanders leaves a white sliver). Each lists the kinds found: text, image,
     * path, shading.
     */
    public record PageEdges(int page, List<String> acrossBleed, List<String> shortOfBleed) {
        public PageEdges {
            acrossBleed = List.copyOf(acrossBleed);
            shortOfBleed = List.copyOf(shortOfBleed);
        }
    }

    /** The pages whose content crosses the bleed box. */
    public List<Integer> acrossBleedPages() {
        return pageEdges.stream().filter(e -> !e.acrossBleed().isEmpty()).map(PageEdges::page).toList();
    }

    /** The pages with an image, rule or shading past the trim that does not reach the bleed. */
    public List<Integer> shortOfBleedPages() {
        return pageEdges.stream().filter(e -> !e.shortOfBleed().isEmpty()).map(PageEdges::page).toList();
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
        List<Integer> across = acrossBleedPages();
        if (!across.isEmpty()) {
            List<String> named = new ArrayList<>();
            for (int page : across) {
                named.add(folio(page));
            }
            problems.add(across.size() + " page(s) paint across the bleed box, which the printer cuts off: page "
                    + String.join(", ", named));
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
            List<PageEdges> edges = new ArrayList<>();
            int number = 0;
            for (PDPage page : doc.getPages()) {
                int current = ++number;
                PageScan scan = new PageScan(page, (resources, name) -> font(resources, name, current, fonts));
                scan.run();
                colours.add(new PageColours(number, new ArrayList<>(scan.spaces)));
                if (!scan.acrossBleed.isEmpty() || !scan.shortOfBleed.isEmpty()) {
                    edges.add(new PageEdges(number, new ArrayList<>(scan.acrossBleed),
                            new ArrayList<>(scan.shortOfBleed)));
                }
            }
            List<Font> fontList = new ArrayList<>(fonts.size());
            fonts.forEach((key, seen) -> fontList.add(new Font(seen.name, seen.type, seen.embedded,
                    SUBSET.matcher(seen.name).matches(), new ArrayList<>(seen.pages))));
            return new Preflight(folios(doc), fontList, colours, edges, pdfxVersion(doc), pdfxOutputCondition(doc));
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
