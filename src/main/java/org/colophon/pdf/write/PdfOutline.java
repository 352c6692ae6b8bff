package org.colophon.pdf.write;

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
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem group = null;
        for (Publication.Page page : pages) {
            if (page.role().opensTheBook() || page.title() == null || page.title().isBlank()) {
                continue;
            }
            PDPageXYZDestination destination = assembler.destination(PdfLinks.pageAnchor(page.path()));
            if (destination == null) {
                continue;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(page.title().strip());
            item.setDestination(destination);
            if (page.role().groupsChapters()) {
                outline.addLast(item);
                group = item;
            } else if (group != null && page.role() == PageRole.CHAPTER) {
                group.addLast(item);
            } else {
                outline.addLast(item);
                group = null;
            }
        }
        if (outline.hasChildren()) {
            outline.openNode();
            document.getDocumentCatalog().setDocumentOutline(outline);
        }
    }
}
