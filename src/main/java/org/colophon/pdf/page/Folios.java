package org.colophon.pdf.page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.colophon.pdf.flow.ListNumbers;
import org.colophon.layout.PageRole;

/**
 * How pages are numbered: lower-case roman numerals for the front matter, arabic from
 * the first page of the body (the first part, volume or chapter) starting again at 1.
 * The folios, the contents' page numbers and the PDF's page labels all use it, so a
 * viewer shows the number printed on the page.
 */
public final class Folios {

    private final int bodyStart; // index of the first body page; pages before it are front matter

    private Folios(int bodyStart) {
        this.bodyStart = bodyStart;
    }

    public static Folios of(List<LaidOutPage> pages, Map<String, PageRole> roles) {
        for (LaidOutPage page : pages) {
            PageRole role = page.pagePath() == null ? null : roles.get(page.pagePath());
            if (role != null && role.isBody() && !page.frames().isEmpty()) {
                return new Folios(page.index());
            }
        }
        return new Folios(0);
    }

    public String label(int pageIndex) {
        return pageIndex < bodyStart
                ? ListNumbers.roman(pageIndex + 1).toLowerCase(Locale.ROOT)
                : Integer.toString(pageIndex - bodyStart + 1);
    }

    /** The widest label a page of this book can have, for reserving room. */
    String widest(int pageCount) {
        return "0".repeat(Integer.toString(Math.max(1, pageCount - bodyStart)).length());
    }

    public void addPageLabels(PDDocument document) {
        PDPageLabels labels = new PDPageLabels(document);
        if (bodyStart > 0) {
            PDPageLabelRange front = new PDPageLabelRange();
            front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
            labels.setLabelItem(0, front);
        }
        PDPageLabelRange body = new PDPageLabelRange();
        body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(bodyStart, body);
        document.getDocumentCatalog().setPageLabels(labels);
    }
}
