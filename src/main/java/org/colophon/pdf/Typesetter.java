package org.colophon.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.layout.Publication;
import org.colophon.model.Asset;
import org.colophon.pdf.css.Cascade;
import org.colophon.pdf.css.ComputedStyle;
import org.colophon.pdf.css.StyleSheet;
import org.colophon.pdf.css.StyleSheetParser;
import org.colophon.pdf.css.UserAgentStyles;
import org.colophon.pdf.text.PdfTextWriter;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.TextResources;
import org.colophon.pdf.text.TextStyle;
import org.colophon.styles.Styles;
import org.w3c.dom.Document;

/**
 * The typesetter's entry point: sets the publication's XHTML pages on paper, styled by
 * {@code print.css}, and writes a PDF/A-2b file.
 *
 * <p>Stages: print.css → style sheet, page master and fonts; each XHTML page → flow
 * blocks (cascade, inline items); blocks → set lines → vertical list; list → pages
 * (first-fit with widow and orphan penalties, baseline grid); pages → PDF.
 */
public final class Typesetter {

    private static final String PRINT_CSS = "print.css";

    private final Styles styles;
    private final Warnings warnings;

    public Typesetter(Styles styles, Warnings warnings) {
        this.styles = styles;
        this.warnings = warnings;
    }

    /** Returns the number of pages written. */
    public int typeset(Publication publication, OutputStream out) throws IOException, BuildException {
        return typeset(publication, out, facts -> { });
    }

    /**
     * Returns the number of pages written, and gives {@code report} the facts of the
     * typesetting (lines, pages, fonts) once the pages are laid out.
     */
    public int typeset(Publication publication, OutputStream out, java.util.function.Consumer<TypesetFacts> report)
            throws IOException, BuildException {
        String cssFile = styles.describe(PRINT_CSS);
        String css = styles.readText(PRINT_CSS).orElseThrow(() ->
                new BuildException(cssFile, 0, 0, "the styles have no print.css"));
        StyleSheet userAgent = new StyleSheetParser(Warnings.ignore()).parse(UserAgentStyles.CSS, "user-agent styles");
        StyleSheet sheet = new StyleSheetParser(warnings).parse(css, cssFile);
        PageMaster master = PageMaster.from(sheet.pageRules(), cssFile, warnings);
        FontCatalog fonts = new FontCatalog(sheet.fontFaces(), styles, cssFile);
        TextResources textResources = new TextResources(fonts.fallbacks(), warnings);
        ParagraphSetter setter = new ParagraphSetter(textResources);
        Cascade cascade = new Cascade(userAgent, sheet);
        String lang = publication.book().language();

        BlockBuilder builder = new BlockBuilder(cascade, fonts::face, images(publication), warnings, master.measure(),
                master.textHeight(1) * 0.8f);
        XhtmlParser parser = new XhtmlParser();
        List<Document> documents = new ArrayList<>();
        List<Publication.Page> pages = new ArrayList<>();
        Map<String, String> roles = new HashMap<>();
        for (Publication.Page page : publication.pages()) {
            if (page.role().equals("cover")) {
                continue; // the cover is printed apart from the interior
            }
            documents.add(parser.parse(page.xhtml(), page.path()));
            pages.add(page);
            roles.put(page.path(), page.role());
        }
        if (documents.isEmpty()) {
            throw new BuildException("publication", 0, 0, "the publication has no page to typeset");
        }

        ComputedStyle body = builder.bodyStyle(documents.get(0), lang);
        float grid = body.lineHeight();
        float firstBaseline = fonts.face(body).ascender(body.fontSize());
        FlowBuilder flow = new FlowBuilder(setter, grid);
        List<List<FlowBlock>> blocks = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            blocks.add(builder.build(documents.get(i), pages.get(i).path(), lang));
        }
        flow.presetInParallel(blocks);
        flow.addAll(blocks);
        List<LaidOutPage> laidOut = new PageBreaker(master, grid, firstBaseline, flow.footnotes()).breakPages(flow.items());
        Folios folios = Folios.of(laidOut, roles);
        laidOut = new PageReferences(setter).resolve(laidOut, folios);
        report.accept(TypesetFacts.collect(laidOut, flow.linePlaces(), folios, master, grid, textResources));
        PageFurniture.Style furniture = new PageFurniture.Style(
                furnitureStyle(cascade, body, "folio", fonts, lang, master),
                furnitureStyle(cascade, body, "running-head", fonts, lang, master),
                2 * grid, 2 * grid - firstBaseline);
        Map<String, String> titles = new HashMap<>();
        pages.forEach(p -> titles.put(p.path(), p.title()));
        laidOut = new PageFurniture(setter, furniture, master.measure()).add(laidOut, master, roles, titles,
                publication.book().metadata().title(), folios);

        try (PDDocument document = new PDDocument()) {
            PdfTextWriter writer = new PdfTextWriter(document);
            PdfAssembler assembler = new PdfAssembler(document, master, writer, warnings);
            assembler.draw(laidOut);
            PdfOutline.add(document, pages, assembler);
            folios.addPageLabels(document);
            writer.finish();
            List<String> digestParts = new ArrayList<>();
            digestParts.add(css);
            pages.forEach(p -> digestParts.add(p.xhtml()));
            PdfMetadata.apply(document, publication.book().metadata(),
                    PdfMetadata.date(System.getenv("SOURCE_DATE_EPOCH"), publication.book().metadata().date()),
                    PdfMetadata.digest(digestParts));
            document.save(out);
        }
        return laidOut.size();
    }

    private static TextStyle furnitureStyle(Cascade cascade, ComputedStyle body, String cssClass, FontCatalog fonts,
                                            String lang, PageMaster master) {
        ComputedStyle style = SyntheticElement.style(cascade, body, "div", cssClass, master.measure());
        return new TextStyle(fonts.face(style), style.fontSize(), lang, style.smallCaps(), 0);
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
