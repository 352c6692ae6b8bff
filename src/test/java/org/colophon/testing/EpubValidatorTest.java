package org.colophon.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.epub.EpubWriter;
import org.colophon.error.Warnings;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator itself: it must see warnings as well as errors, or "0 warnings" would mean nothing. */
class EpubValidatorTest {

    @TempDir
    Path dir;

    @Test
    void reportsAWarning() throws Exception {
        Publication pub = render(TestBooks.frenchArticle());
        // "urn:uuid:" followed by something that is not a UUID: epubcheck warns (OPF-085), no error
        List<Publication.Resource> resources = new ArrayList<>(pub.resources());
        for (int i = 0; i < resources.size(); i++) {
            Publication.Resource res = resources.get(i);
            if (res.path().endsWith(".opf") || res.path().endsWith(".ncx")) {
                String text = new String(res.content(), StandardCharsets.UTF_8)
                        .replaceFirst("urn:uuid:[0-9a-f-]+", "urn:uuid:not-a-uuid");
                resources.set(i, new Publication.Resource(res.path(), res.mediaType(),
                        text.getBytes(StandardCharsets.UTF_8)));
            }
        }
        EpubValidator.Result r = EpubValidator.check(write(new Publication(pub.book(), pub.pages(), resources)));
        assertEquals(List.of(), r.errors());
        assertFalse(r.warnings().isEmpty(), "no warning reported: " + r.all());
        assertEquals("OPF_085", r.warnings().get(0).id());
        assertFalse(r.clean());
    }

    @Test
    void reportsAnErrorWithItsPlace() throws Exception {
        Publication pub = render(TestBooks.frenchArticle());
        List<Publication.Page> pages = new ArrayList<>(pub.pages());
        Publication.Page first = pages.get(0);
        pages.set(0, new Publication.Page(first.path(), first.id(), first.role(), first.title(),
                first.xhtml().replace("epub:type=\"titlepage\"", "epub:type=\"foo:bar\""), first.linear()));
        EpubValidator.Result r = EpubValidator.check(write(new Publication(pub.book(), pages, pub.resources())));
        assertEquals(1, r.errors().size(), r.all().toString());
        EpubValidator.Finding f = r.errors().get(0);
        assertEquals("EPUB/text/title.xhtml", f.path());
        assertTrue(f.line() > 0 && f.column() > 0, f.toString());
        assertTrue(f.message().contains("foo"), f.toString());
    }

    private static Publication render(Book book) throws Exception {
        return TestLayouts.render(Styles.bundled(), Warnings.ignore(), book);
    }

    private Path write(Publication pub) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubWriter(TestLayouts.date(pub)).write(pub, out);
        Path epub = Files.createTempFile(dir, "book", ".epub");
        Files.write(epub, out.toByteArray());
        return epub;
    }
}
