package org.colophon.pdf.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.colophon.layout.Publication;
import org.colophon.pdf.PageNesting;
import org.colophon.pdf.flow.PdfLinks;

/**
 * The PDF's bookmarks: one entry per titled XHTML page in reading order, each under the
 * entry of the division that holds it (a part's chapters under the part, a volume's parts
 * under the volume), as the book's tree has them. The pages that open the book (half-title,
 * title, copyright) have none.
 */
public final class PdfOutline {

    private PdfOutline() {
    }

    public static void add(PDDocument document, List<Publication.Page> pages, PageNesting nesting, PdfAssembler assembler) {
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
        Map<String, PDOutlineItem> itemOfPage = new HashMap<>();
        for (Entry entry : entries) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(entry.page().title().strip());
            item.setDestination(entry.destination());
            holder(entry.page().path(), nesting, itemOfPage, outline).addLast(item);
            itemOfPage.put(entry.page().path(), item);
        }
        outline.openNode();
    }

    /** The entry of the nearest division holding the page that has an entry (an untitled part has none), else the top. */
    private static PDOutlineNode holder(String path, PageNesting nesting, Map<String, PDOutlineItem> itemOfPage,
                                        PDDocumentOutline outline) {
        for (String up = nesting.enclosing(path); up != null; up = nesting.enclosing(up)) {
            PDOutlineItem item = itemOfPage.get(up);
            if (item != null) {
                return item;
            }
        }
        return outline;
    }

    private record Entry(Publication.Page page, PDPageXYZDestination destination) {}
}
