package org.colophon.pdf;

import org.colophon.pdf.text.TextStyle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colophon.layout.Publication;
import org.colophon.pdf.page.Folios;
import org.colophon.pdf.page.LaidOutPage;
import org.colophon.pdf.page.PageReferences;
import org.colophon.styles.FontUse;

/**
 * The typesetter's second stage done: the book broken into pages, page references
 * resolved, running heads and folios added; everything the PDF needs but the PDF itself.
 * Made by {@link Typesetter#buildPages}, written by {@link Typesetter#writePdf}.
 */
public final class LaidOutBook {

    final PrintSetup setup;
    final Publication publication;
    final List<Publication.Page> pages;  // the printed XHTML pages
    final List<LaidOutPage> laidOut;     // the PDF pages
    final Folios folios;
    private final TypesetFacts facts;
    private final List<FontUse> fallbackFonts;
    final TextStyle folioStyle;          // the folios' look, which the slug lines of printer's marks take

    LaidOutBook(PrintSetup setup, Publication publication, List<Publication.Page> pages, List<LaidOutPage> laidOut,
                Folios folios, TypesetFacts facts, TextStyle folioStyle) {
        this.setup = setup;
        this.publication = publication;
        this.pages = List.copyOf(pages);
        this.laidOut = List.copyOf(laidOut);
        this.folios = folios;
        this.facts = facts;
        this.folioStyle = folioStyle;
        // taken once every line, running heads included, is set: the PDF's writing adds none
        this.fallbackFonts = setup.fonts().fallbackUse(setup.textResources());
    }

    /** The fallback faces the book was set in, with their characters: what the EPUB embeds. */
    public List<FontUse> fallbackFonts() {
        return fallbackFonts;
    }

    /** How many PDF pages the book has. */
    public int pageCount() {
        return laidOut.size();
    }

    /** Every element id of the book, with the label (folio) of the page it first appears on. */
    public Map<String, String> pageLabelsOfIds() {
        Map<String, String> out = new HashMap<>();
        PageReferences.pagesOfIds(laidOut).forEach((id, index) -> out.put(id, folios.label(index)));
        return out;
    }

    /** What the typesetting did, line by line and page by page (for the report and the EPUB's page list). */
    public TypesetFacts facts() {
        return facts;
    }
}
