package org.colophon.pdf.write;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.pdf.flow.PdfLinks;

/**
 * The PDF's bookmarks: one entry per titled XHTML page in reading order, chapters nested
 * under the part or volume before them. The pages that open the book (half-title, title,
 * copyright) have none.
 */
public final class PdfOutline {

    private PdfOutline() {
    }

    public static void add(PDDocument document, List<Publication.Page> pages, PdfAssembler assembler) {
        List<Entry> entries = new ArrayList<>();
        for (Publication.Page page : pages) {
            if (page.role().opensTheBook() || page.title() == null || page.title().isBlank()) {
                continue;
            }
            PDPageXYZDestination destination = assembler.destination(PdfLinks.pageAnchor(page.path()));
            if (destination != null) {
                entries.add(new Entry(page, destination));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        // In the catalog before any item is added: PDFBox walks what a dictionary newly
        // refers to, recursively, so a finished outline of thousands of siblings, linked
        // Next to Next, would overflow the stack when set; set first, each walk is one item.
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem group = null;
        for (Entry entry : entries) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(entry.page().title().strip());
            item.setDestination(entry.destination());
            if (entry.page().role().groupsChapters()) {
                outline.addLast(item);
                group = item;
            } else if (group != null && entry.page().role() == PageRole.CHAPTER) {
                group.addLast(item);
            } else {
                outline.addLast(item);
                group = null;
            }
        }
        outline.openNode();
    }

    private record Entry(Publication.Page page, PDPageXYZDestination destination) {}
}
