package org.colophon.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.styles.EpubStyleSheet;
import org.colophon.styles.Styles;

/**
 * Renders a book through the Velocity layouts into XHTML pages and package files. Content
 * (paragraphs, notes…) is written as XHTML by {@link ContentRenderer}; the layouts place
 * it and everything around it (headings, title page, contents, package document). The
 * pages come first; the package files, which list the printed pages, once the book is
 * typeset (see {@link PackageFiles}).
 */
public final class LayoutRenderer {

    private final Styles styles;
    private final Warnings warnings;

    public LayoutRenderer(Styles styles, Warnings warnings) {
        this.styles = styles;
        this.warnings = warnings;
    }

    /**
     * Every file of the EPUB of a book without printed pages: its package files have no page
     * list. {@code date}: the build's, which the package document gives as its last modification.
     */
    public Publication render(Book book, BuildDate date) throws BuildException {
        RenderedLayouts layouts = layOut(book, date, PageLabels.none(), List.of());
        return layouts.packageFiles().addTo(layouts.publication(), List.of());
    }

    /**
     * The pages, stylesheet and images, and the package files still to render. Those are
     * rendered once here, without a page list and thrown away, so that a mistake in their
     * layouts fails the build before the book is typeset rather than after. {@code date}: the
     * build's, which the package document gives as its last modification.
     */
    public RenderedLayouts renderPages(Book book, BuildDate date) throws BuildException {
        return renderPages(book, date, PageLabels.none());
    }

    /**
     * As {@link #renderPages(Book, BuildDate)}, printing the pages a previous typesetting of
     * the book gave its elements wherever the text names a page (a cross-reference, an index
     * locator); {@code pages} remembers which were asked for.
     */
    public RenderedLayouts renderPages(Book book, BuildDate date, PageLabels pages) throws BuildException {
        return renderPages(book, date, pages, List.of());
    }

    /**
     * As {@link #renderPages(Book, BuildDate, PageLabels)}, naming in the colophon the
     * families of the fallback faces a previous typesetting set some of the book in
     * ({@code fallbackTypefaces}, in print.css's order).
     */
    public RenderedLayouts renderPages(Book book, BuildDate date, PageLabels pages, List<String> fallbackTypefaces)
            throws BuildException {
        RenderedLayouts layouts = layOut(book, date, pages, fallbackTypefaces);
        layouts.packageFiles().addTo(layouts.publication(), List.of());
        return layouts;
    }

    private RenderedLayouts layOut(Book book, BuildDate date, PageLabels pageLabels, List<String> fallbackTypefaces)
            throws BuildException {
        TemplateEngine templates = new TemplateEngine(styles);
        Map<String, String> labels = Labels.forLanguage(styles, book.language());
        IdAllocator ids = new IdAllocator();
        PagePlanner planner = new PagePlanner(templates, labels, ids);
        String coverHref = book.metadata().cover();
        boolean hasCover = coverHref != null && book.assets().stream().anyMatch(a -> a.href().equals(coverHref));
        if (coverHref != null && !hasCover) {
            warnings.warn(source(book), 0, 0, "the cover '" + coverHref + "' is not among the book's files; no cover");
        }
        List<PlannedPage> plan = planner.plan(book, hasCover);
        MediaFiles media = new MediaFiles(book.assets(), ids);
        String identifier = PackageFiles.packageIdentifier(book.metadata());
        Map<String, Object> bookView = BookView.of(book.metadata(), labels, identifier, fallbackTypefaces);

        Map<Division, PlannedPage> pageOf = new IdentityHashMap<>();
        for (PlannedPage p : plan) {
            if (p.division() != null) {
                pageOf.put(p.division(), p);
            }
        }
        Map<String, String> mediaHrefs = media.hrefsFromText();
        Numbers numbers = new Numbering(NumberingRules.read(styles), ids).number(book);
        References refs = new References(numbers, pageLabels, labels, Locale.forLanguageTag(book.language()));
        ContentRenderer titles = new ContentRenderer(planner.locator(), "contents.xhtml", ids,
                mediaHrefs, Map.of(), warnings, source(book), refs);
        ContentsTree contents = new ContentsTree(pageOf, titles, ids);
        List<Map<String, Object>> toc = contents.build(book);

        List<Publication.Page> pages = new ArrayList<>(plan.size());
        for (PlannedPage p : plan) {
            String lang = book.language();
            Map<String, Object> own = Map.of();
            if (p.division() != null) {
                Division d = p.division();
                if (d.lang() != null && !d.lang().isEmpty()) {
                    lang = d.lang();
                }
                ContentRenderer content = new ContentRenderer(planner.locator(), p.fileName(), ids,
                        mediaHrefs, contents.sectionIds(), warnings, source(book), refs);
                own = View.of("division", divisionView(d, book.language(), content, pageOf, titles, refs, planner.locator()));
            } else if (p.role() == PageRole.COVER) {
                own = View.of("cover", View.of("src", mediaHrefs.get(coverHref), "alt", book.metadata().title()));
            }
            String title = p.title().isEmpty() ? book.metadata().title() : p.title();
            Map<String, Object> objects = new LinkedHashMap<>(own);
            objects.putAll(View.of("book", bookView, "labels", labels, "contents", toc, "page", pageView(p, lang, title, null)));
            Markup body = new Markup(templates.render(p.layout(), objects));
            objects.put("page", pageView(p, lang, title, body));
            String xhtml = templates.render("page.vm", objects);
            pages.add(new Publication.Page(p.path(), p.id(), p.role(), p.title(), xhtml, true));
        }

        PackageFiles packageFiles = new PackageFiles(templates, book, labels, ids, date, identifier, bookView, plan,
                toc, media, hasCover ? coverHref : null);
        List<Publication.Resource> files = new ArrayList<>();
        byte[] css = EpubStyleSheet.read(styles);
        files.add(new Publication.Resource(EpubPaths.STYLESHEET, "text/css", css));
        for (MediaFiles.MediaFile m : media.all()) {
            files.add(new Publication.Resource(m.path(), m.asset().mediaType(), m.content()));
        }
        return new RenderedLayouts(new Publication(book, pages, files), packageFiles, pageLabels);
    }

    private static Map<String, Object> pageView(PlannedPage p, String lang, String title, Markup body) {
        return View.of("id", p.id(), "role", p.role().token(), "lang", lang, "title", title, "matter", p.matter(),
                "css", EpubPaths.fromPage(EpubPaths.STYLESHEET), "file", p.fileName(), "body", body);
    }

    private Map<String, Object> divisionView(Division d, String bookLanguage, ContentRenderer content,
                                             Map<Division, PlannedPage> pageOf, ContentRenderer titles,
                                             References refs, IdLocator locator) {
        List<Inline> ownTitle = d.title().isEmpty() ? GeneratedPages.defaultTitle(d.kind(), refs.labels()) : d.title();
        Markup title = ownTitle.isEmpty() ? null : content.inlines(ownTitle);
        Markup subtitle = d.subtitle().isEmpty() ? null : content.inlines(d.subtitle());
        Markup body = content.blocks(d.blocks());
        List<Map<String, Object>> notes = new ArrayList<>();
        for (ContentRenderer.RenderedNote n : content.notes()) {
            notes.add(View.of("id", n.id(), "callId", n.callId(), "number", n.number(), "body", n.body()));
        }
        List<Map<String, Object>> children = new ArrayList<>();
        for (Division child : d.children()) {
            PlannedPage p = pageOf.get(child);
            children.add(View.of("title", child.title().isEmpty() ? null : titles.inlinesForReuse(child.title()),
                    "href", p.fileName(), "kind", p.role().token()));
        }
        String epubType = d.kind().epubType();
        return View.of(
                "id", d.id(),
                "kind", PageRole.of(d.kind()).token(),
                "epubType", epubType.isEmpty() ? null : epubType,
                "ariaRole", DivisionSemantics.ariaRole(d.kind()),
                "title", title,
                "titleText", Inlines.plainText(ownTitle),
                "number", refs.numbers().of(d),
                "label", refs.captionLabel(GeneratedPages.targetKind(d.kind()), refs.numbers().of(d)),
                "entries", GeneratedPages.entries(d.kind(), refs.numbers(), titles, locator, refs),
                "groups", d.kind() == Division.Kind.INDEX
                        ? new IndexBuilder(d.lang() != null ? d.lang() : bookLanguage, refs, locator)
                                .groups(locator.indexTerms())
                        : null,
                "subtitle", subtitle,
                "content", body,
                "notes", List.copyOf(notes),
                "children", List.copyOf(children),
                "lang", d.lang());
    }

    static String source(Book book) {
        return "book '" + book.metadata().title() + "'";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
