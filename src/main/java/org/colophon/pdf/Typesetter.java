package org.colophon.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.colophon.error.BuildException;
import org.colophon.error.SourcePlaces;
import org.colophon.error.Warnings;
import org.colophon.layout.BuildDate;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.model.Asset;
import org.colophon.pdf.css.Cascade;
import org.colophon.pdf.css.ComputedStyle;
import org.colophon.pdf.css.StyleSheetParser;
import org.colophon.pdf.css.SyntheticElement;
import org.colophon.pdf.flow.BlockBuilder;
import org.colophon.pdf.flow.FlowBlock;
import org.colophon.pdf.flow.FlowBuilder;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.pdf.flow.Frame;
import org.colophon.pdf.flow.XhtmlParser;
import org.colophon.pdf.page.Folios;
import org.colophon.pdf.page.LaidOutPage;
import org.colophon.pdf.page.IndexColumns;
import org.colophon.pdf.page.PageBreaker;
import org.colophon.pdf.page.PageFurniture;
import org.colophon.pdf.page.PageMaster;
import org.colophon.pdf.page.PageReferences;
import org.colophon.pdf.page.UnplacedItems;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.SetLine;
import org.colophon.pdf.text.TextStyle;
import org.colophon.pdf.write.PdfAssembler;
import org.colophon.pdf.write.PdfMetadata;
import org.colophon.pdf.write.PdfOutline;
import org.colophon.pdf.write.PdfTextWriter;
import org.colophon.pdf.write.ImageColours;
import org.colophon.pdf.write.SrgbSpace;
import org.colophon.pdf.write.PrintCondition;
import org.colophon.pdf.write.PrinterMarks;
import org.colophon.styles.StyleFileRefused;
import org.colophon.styles.Styles;
import org.w3c.dom.Document;

/**
 * The typesetter's entry point: sets the publication's XHTML pages on paper, styled by
 * {@code print.css}, and writes a tagged PDF that is PDF/A-2a and PDF/UA-1.
 *
 * <p>Three stages, each with its own entry point so that each can be timed and tested
 * alone: {@link #breakLines} (XHTML pages → flow blocks → paragraphs set into lines → one
 * vertical list), {@link #buildPages} (the list broken into pages by total fit on a
 * baseline grid, with widow and orphan penalties and spreads that end on one line; page
 * references, running heads and folios)
 * and {@link #writePdf} (pages → PDF). The page breaks are known after the second stage,
 * so the EPUB, which marks them, can be written while the PDF is.
 */
public final class Typesetter {

    private final Styles styles;
    private final Warnings warnings;
    private final SourcePlaces places;
    private final TypesetterCache cache; // null: nothing is kept from or for another build

    public Typesetter(Styles styles, Warnings warnings) {
        this(styles, warnings, SourcePlaces.in("publication"));
    }

    /** {@code places}: where the text it warns about stands in the user's files (the manuscript). */
    public Typesetter(Styles styles, Warnings warnings, SourcePlaces places) {
        this(styles, warnings, places, null);
    }

    /**
     * {@code cache}: what an earlier build of the same book kept, which this typesetter
     * reuses and updates (null for none); the PDF is the same as without it.
     */
    public Typesetter(Styles styles, Warnings warnings, SourcePlaces places, TypesetterCache cache) {
        this.styles = styles;
        this.warnings = warnings;
        this.places = places;
        this.cache = cache;
    }

    /** Returns the number of pages written; {@code date} is the build's, which the PDF says it was made on. */
    public int typeset(Publication publication, BuildDate date, OutputStream out) throws IOException, BuildException {
        return typeset(publication, date, out, facts -> { });
    }

    /**
     * All three stages: returns the number of pages written, and gives {@code report} the
     * facts of the typesetting (lines, pages, fonts) once the pages are laid out.
     */
    public int typeset(Publication publication, BuildDate date, OutputStream out, Consumer<TypesetFacts> report)
            throws IOException, BuildException {
        LaidOutBook book = layout(publication);
        report.accept(book.facts());
        return writePdf(book, date, out);
    }

    /**
     * The printing condition a print-ready PDF is made for: FOGRA39, with the profile the
     * styles hold at {@link PrintCondition#PROFILE} (the bundled one unless a styles folder
     * has its own).
     */
    public PrintCondition printCondition() throws BuildException {
        String file = styles.describe(Styles.Kind.FILE, PrintCondition.PROFILE);
        try {
            byte[] profile = styles.read(Styles.Kind.FILE, PrintCondition.PROFILE).orElseThrow(() ->
                    new BuildException(file, 0, 0, "the styles have no CMYK output profile"));
            String cssFile = styles.describe(Styles.Kind.STYLE_SHEET, "print.css");
            String css = styles.readText(Styles.Kind.STYLE_SHEET, "print.css").orElse("");
            // print.css has been read and warned about by the stages before: read quietly here
            PrinterMarks marks = PrinterMarks.from(new StyleSheetParser(Warnings.ignore()).parse(css, cssFile)
                    .pageRules());
            return PrintCondition.fogra39(profile).withMarks(marks);
        } catch (StyleFileRefused refused) {
            throw refused.at(file, 0, 0);
        }
    }

    /** The CMYK profile that gives an untagged CMYK JPEG its meaning in an ordinary PDF: the print condition's; null when the styles have none. */
    private byte[] cmykProfile() throws BuildException {
        try {
            return styles.read(Styles.Kind.FILE, PrintCondition.PROFILE).orElse(null);
        } catch (StyleFileRefused refused) {
            throw refused.at(styles.describe(Styles.Kind.FILE, PrintCondition.PROFILE), 0, 0);
        }
    }

    /** The first two stages: the book set into lines and broken into pages, no PDF written. */
    public LaidOutBook layout(Publication publication) throws BuildException {
        return buildPages(breakLines(publication));
    }

    /**
     * Stage one, line breaking: parses the printed pages (all but the cover), styles their
     * blocks and sets every paragraph into lines (in parallel), as one vertical list.
     */
    public FlowedBook breakLines(Publication publication) throws BuildException {
        PrintSetup setup = PrintSetup.read(styles, warnings, places, cache);
        PageMaster master = setup.master();
        FontCatalog fonts = setup.fonts();
        String lang = publication.book().language();

        BlockBuilder builder = new BlockBuilder(setup.cascade(), fonts, images(publication), warnings,
                master.measure(), master.textHeight(1) * 0.8f);
        List<Publication.Page> pages = new ArrayList<>();
        Map<String, PageRole> roles = new HashMap<>();
        for (Publication.Page page : publication.pages()) {
            if (page.role() == PageRole.COVER) {
                continue; // the cover is printed apart from the interior
            }
            pages.add(page);
            roles.put(page.path(), page.role());
        }
        if (pages.isEmpty()) {
            throw new BuildException("publication", 0, 0, "the publication has no page to typeset");
        }
        Document[] documents = parseAll(pages);
        // the book's own words show where its compounds join, for the hyphenation
        setup.textResources().knowWords(lang, java.util.Arrays.stream(documents)
                .map(d -> d.getDocumentElement().getTextContent()));
        if (cache != null) {
            cache.paragraphs().startBuild(setup.textResources());
        }

        ComputedStyle body = builder.bodyStyle(documents[0], lang);
        float grid = body.lineHeight();
        float firstBaseline = fonts.face(body).ascender(body.fontSize());
        float textHeight = Math.min(master.textHeight(0), Math.min(master.textHeight(1), master.textHeight(2)));
        FlowBuilder flow = new FlowBuilder(setup.setter(), grid, textHeight - firstBaseline, textHeight, warnings);
        List<List<FlowBlock>> blocks = new ArrayList<>();
        PageNesting nesting = PageNesting.of(publication);
        for (int i = 0; i < documents.length; i++) {
            String path = pages.get(i).path();
            blocks.add(builder.build(documents[i], path, nesting.enclosing(path), lang));
            documents[i] = null; // a page's tree is done with once its blocks are built
        }
        if (!builder.undrawn().isEmpty()) {
            BlockBuilder.Undrawn first = builder.undrawn().get(0);
            throw new BuildException(sourceOf(publication, first.path()), 0, 0, "the image cannot be drawn in the PDF ("
                    + first.reason() + "); a book never leaves a figure out: repair the file or use another format");
        }
        flow.presetInParallel(blocks);
        flow.addAll(blocks);
        return new FlowedBook(setup, publication, pages, roles, body, grid, firstBaseline, flow);
    }

    /**
     * Stage two, page building: breaks the vertical list into pages, resolves page
     * references (the contents' page numbers), collects the typesetting facts and adds
     * running heads and folios. Fails, rather than give a book with words missing, when
     * the pages do not hold every line and image of the vertical list.
     */
    public LaidOutBook buildPages(FlowedBook flowed) throws LostContentException {
        PrintSetup setup = flowed.setup;
        PageMaster master = setup.master();
        FlowBuilder flow = flowed.flow;
        float grid = flowed.grid;
        String lang = flowed.publication.book().language();
        List<LaidOutPage> laidOut = new PageBreaker(master, grid, flowed.firstBaseline, flow.footnotes(),
                cache == null ? null : cache.brokenPages())
                .breakPages(flow.items());
        requireEverythingPlaced(flowed, laidOut);
        laidOut = new IndexColumns(master.measure(), grid)
                .arrange(laidOut, path -> flowed.roles.get(path) == PageRole.INDEX);
        Folios folios = Folios.of(laidOut, flowed.roles);
        laidOut = new PageReferences(setup.setter()).resolve(laidOut, folios);
        TypesetFacts facts = TypesetFacts.collect(laidOut, flow.linePlaces(), folios, master, grid,
                setup.textResources());
        TextStyle folio = furnitureStyle(setup.cascade(), flowed.body, "folio", setup.fonts(), lang, master);
        PageFurniture.Style furniture = new PageFurniture.Style(folio,
                furnitureStyle(setup.cascade(), flowed.body, "running-head", setup.fonts(), lang, master),
                2 * grid, 2 * grid - flowed.firstBaseline);
        Map<String, String> titles = new HashMap<>();
        flowed.pages.forEach(p -> titles.put(p.path(), p.title()));
        laidOut = new PageFurniture(setup.setter(), furniture, master.measure()).add(laidOut, master, flowed.roles,
                titles, flowed.publication.book().metadata().title(), folios);
        return new LaidOutBook(setup, flowed.publication, flowed.pages, laidOut, folios, facts, folio);
    }

    /**
     * Stage three, PDF writing: draws the laid-out pages, adds the outline, page labels and
     * metadata (made on the build's {@code date}), and saves the PDF to {@code out}. Returns
     * the number of pages written.
     */
    public int writePdf(LaidOutBook book, BuildDate date, OutputStream out) throws IOException, BuildException {
        return writePdf(book, date, null, out);
    }

    /**
     * The same, print-ready for {@code print} when it is not null: a PDF/X-4 as well as
     * PDF/A-2 and PDF/UA-1 (see {@link PdfMetadata#apply(PDDocument, org.colophon.model.Metadata,
     * java.util.Calendar, byte[], PrintCondition)}).
     */
    public int writePdf(LaidOutBook book, BuildDate date, PrintCondition print, OutputStream out)
            throws IOException, BuildException {
        PageMaster master = book.setup.master();
        Publication publication = book.publication;
        List<Publication.Page> pages = book.pages;
        List<LaidOutPage> laidOut = book.laidOut;
        Folios folios = book.folios;
        try (PDDocument document = new PDDocument()) {
            // print-ready: what is not grey is drawn in one ICCBased sRGB, never in DeviceRGB
            PDColorSpace srgb = print == null ? null : SrgbSpace.create(document);
            PdfTextWriter writer = new PdfTextWriter(document, cache == null ? null : cache.drawnRuns(), srgb != null);
            PdfAssembler assembler = new PdfAssembler(document, master, writer, warnings, srgb != null
                    ? ImageColours.print(document, srgb)
                    : ImageColours.ordinary(document, cmykProfile()),
                    cache == null ? null : cache.drawnPages());
            assembler.draw(laidOut);
            PdfOutline.add(document, pages, PageNesting.of(publication), assembler);
            folios.addPageLabels(document);
            if (print != null && print.marks().any()) {
                // before the fonts are subset: the slug lines' glyphs must be in the subsets
                print.marks().apply(document, writer, slugLines(book, date), SLUG_START);
            }
            writer.finish();
            List<String> digestParts = new ArrayList<>();
            digestParts.add(book.setup.css());
            pages.forEach(p -> digestParts.add(p.xhtml()));
            if (print != null) {
                digestParts.add("print " + print.identifier() + " " + print.marks());
            }
            PdfMetadata.apply(document, publication.book().metadata(), PdfMetadata.date(date),
                    PdfMetadata.digest(digestParts), print, srgb);
            document.save(out);
        }
        return laidOut.size();
    }

    /**
     * Each page's slug line, printed outside the bleed beside the marks: the book's title,
     * the page's number of the book's pages and the build's date ("La baronne trépassée
     * 5/284 2024-11-12"), in the folio's face at 6 pt, the title shortened to fit half the
     * page's width.
     */
    private static List<SetLine> slugLines(LaidOutBook book, BuildDate date) {
        TextStyle folio = book.folioStyle;
        TextStyle style = new TextStyle(folio.font(), SLUG_SIZE, folio.lang(), false, 0, 0x000000, folio.fallbacks());
        ParagraphSetter setter = book.setup.setter();
        String day = date.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        String title = book.publication.book().metadata().title();
        float room = book.setup.master().width() / 2 - SLUG_START;
        int n = book.laidOut.size();
        String widest = "\u2003" + n + "/" + n + "\u2003" + day;
        while (title.length() > 1 && setter.width(title + widest, style) > room) {
            title = title.substring(0, Math.max(1, title.length() * 9 / 10 - 1)).strip() + "\u2026";
            if (title.length() <= 2) {
                break;
            }
        }
        List<SetLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = title + "\u2003" + (i + 1) + "/" + n + "\u2003" + day;
            lines.add(setter.set(List.of(new ParagraphItem.TextRun(text, style, null)),
                    new ParagraphSpec(10_000, 0, ParagraphSpec.Alignment.LEFT, false)).get(0));
        }
        return lines;
    }

    private static final float SLUG_SIZE = 6;
    /** Where a slug line starts, from the trim box's left edge: clear of the crop marks. */
    static final float SLUG_START = 5 * org.colophon.pdf.css.Lengths.MM;

    private static void requireEverythingPlaced(FlowedBook flowed, List<LaidOutPage> laidOut)
            throws LostContentException {
        FlowBuilder flow = flowed.flow;
        if (laidOut.isEmpty()) {
            throw new LostContentException(null, "the whole book: page breaking gave no page");
        }
        List<FlowItem.Box> lost = UnplacedItems.of(flow.items(), flow.footnotes(), laidOut);
        if (lost.isEmpty()) {
            return;
        }
        String pagePath = flowed.pages.get(0).path();
        String first = "an image";
        for (Frame f : lost.get(0).frames()) {
            if (f instanceof Frame.TextLine t) {
                FlowBuilder.LinePlace place = flow.linePlaces().get(t.line());
                if (place != null && place.pagePath() != null) {
                    pagePath = place.pagePath();
                }
                first = "\u201c" + t.line().text().strip() + "\u201d";
                break;
            } else if (f instanceof Frame.Picture p) {
                first = "the image " + p.image().source();
            }
        }
        throw new LostContentException(pagePath, lost.size() + " line(s) or image(s), placed on no page (the first: "
                + first + ")");
    }

    /**
     * Parses the pages in parallel (a parser each: the JDK's are not thread-safe); a page
     * the parser refuses fails the build as it would parsed in order: the first such page.
     */
    private static Document[] parseAll(List<Publication.Page> pages) throws BuildException {
        Document[] documents = new Document[pages.size()];
        BuildException[] failures = new BuildException[pages.size()];
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            Publication.Page page = pages.get(i);
            try {
                documents[i] = new XhtmlParser().parse(page.xhtml(), page.path());
            } catch (BuildException e) {
                failures[i] = e;
            }
        });
        for (BuildException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        return documents;
    }

    private static TextStyle furnitureStyle(Cascade cascade, ComputedStyle body, String cssClass, FontCatalog fonts,
                                            String lang, PageMaster master) {
        ComputedStyle style = SyntheticElement.style(cascade, body, "div", cssClass, master.measure());
        return new TextStyle(fonts.face(style), style.fontSize(), lang, style.smallCaps(), 0, 0x000000,
                fonts.fallbacks(style));
    }

    /** The manuscript's file an image of the publication comes from, or its path in the EPUB. */
    private static String sourceOf(Publication publication, String path) {
        for (Asset asset : publication.book().assets()) {
            if (path.endsWith("/" + asset.href()) || path.equals(asset.href())) {
                return asset.source().toString();
            }
        }
        return path;
    }

    private static BlockBuilder.ImageSource images(Publication publication) {
        Map<String, Publication.Resource> byPath = new HashMap<>();
        publication.resources().forEach(r -> byPath.put(r.path(), r));
        return path -> {
            Publication.Resource r = byPath.get(path);
            if (r != null) {
                return new BlockBuilder.ImageSource.Resolved(r.content(), r.mediaType());
            }
            for (Asset asset : publication.book().assets()) {
                if (path.endsWith("/" + asset.href()) || path.equals(asset.href())) {
                    try {
                        return new BlockBuilder.ImageSource.Resolved(Files.readAllBytes(asset.source()), asset.mediaType());
                    } catch (IOException e) {
                        return null;
                    }
                }
            }
            return null;
        };
    }
}
