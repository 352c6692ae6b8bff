package org.colophon.pdf;

import static org.colophon.testing.TestBooks.chapter;
import static org.colophon.testing.TestBooks.metadata;
import static org.colophon.testing.TestBooks.p;
import static org.colophon.testing.TestBooks.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.styles.Styles;
import org.colophon.testing.PdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF's outline and structure tree nest as the book's divisions do, not as the order of
 * its pages suggests: a chapter that follows a part is not one of the part's, a part's
 * division of another kind (a letter) does not end the part, and a volume holds its parts.
 */
class PdfNestingTest {

    private static byte[] pdf;

    @BeforeAll
    static void typeset() throws Exception {
        Division letter = new Division(Division.Kind.OTHER, "letter", null, List.of(t("A letter")), List.of(),
                List.of(p("Dear keeper.")), List.of());
        Division winter = new Division(Division.Kind.PART, "winter", null, List.of(t("Winter")), List.of(), List.of(),
                List.of(chapter("january", "January", p("Cold.")), letter, chapter("february", "February", p("Colder."))));
        Division spring = new Division(Division.Kind.PART, "spring", null, List.of(t("Spring")), List.of(), List.of(),
                List.of(chapter("april", "April", p("Rain."))));
        Division later = new Division(Division.Kind.VOLUME, "later", null, List.of(t("Later years")), List.of(), List.of(),
                List.of(spring));
        Book book = new Book(metadata("Nesting", "en"), List.of(),
                List.of(winter, chapter("march", "March", p("Thaw.")), later), List.of(), List.of());
        pdf = TypesetterTest.typeset(Books.publish(book), Styles.bundled(), new ArrayList<>());
    }

    @Test
    void theOutlineFollowsTheDivisions() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder tree = new StringBuilder();
            outline(doc.getDocumentCatalog().getDocumentOutline(), "", tree);
            assertEquals("""
                    Contents
                    Winter
                      January
                      A letter
                      February
                    March
                    Later years
                      Spring
                        April
                    """, tree.toString());
        }
    }

    @Test
    void theStructureTreeFollowsTheDivisions() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            TagTree tags = new TagTree(doc);
            StringBuilder tree = new StringBuilder();
            for (TagTree.Node n : tags.root.children()) {
                structure(n, "", tree);
            }
            assertEquals("""
                    Sect Nesting
                    Sect
                    Sect Contents
                    Part Winter
                      Sect January
                      Sect A letter
                      Sect February
                    Sect March
                    Part Later years
                      Part Spring
                        Sect April
                    """, tree.toString());
        }
        assertEquals(List.of(), PdfValidator.pdfUa1(pdf).failedRules(), "PDF/UA-1");
    }

    private static void outline(PDOutlineNode node, String indent, StringBuilder into) {
        for (PDOutlineItem item : node.children()) {
            into.append(indent).append(item.getTitle()).append('\n');
            outline(item, indent + "  ", into);
        }
    }

    /** Parts and sections with their first heading; the elements inside a section are left out. */
    private static void structure(TagTree.Node node, String indent, StringBuilder into) {
        if (!node.type().equals("Part") && !node.type().equals("Sect")) {
            return;
        }
        String heading = node.all(null).stream().filter(n -> n.type().matches("H[1-6]")).findFirst()
                .map(n -> n.text().strip()).orElse("");
        into.append(indent).append(node.type()).append(heading.isEmpty() ? "" : " " + heading).append('\n');
        for (TagTree.Node child : node.children()) {
            structure(child, indent + "  ", into);
        }
    }
}
