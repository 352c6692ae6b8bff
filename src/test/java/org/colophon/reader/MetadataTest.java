package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.colophon.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata variants the complete manuscript does not show: other identifier schemes, bare elements. */
class MetadataTest {

    @TempDir
    Path dir;

    private Metadata read(String metadata) throws Exception {
        Fixture f = new Fixture(dir);
        f.write("m.xml", Fixture.OPEN + "<metadata>" + metadata + "</metadata><body><chapter/></body></book>");
        return f.read("m.xml").metadata();
    }

    @Test
    void uuidIdentifier() throws Exception {
        Metadata m = read("<title>T</title><identifier scheme=\"uuid\">urn:uuid:123e4567-e89b-12d3-a456-426614174000"
                + "</identifier>");
        assertEquals(new Metadata.Identifier(Metadata.Identifier.Scheme.UUID,
                "urn:uuid:123e4567-e89b-12d3-a456-426614174000"), m.identifier());
    }

    @Test
    void uriIdentifier() throws Exception {
        Metadata m = read("<title>T</title><identifier scheme=\"uri\"> https://example.org/livre/1 </identifier>");
        assertEquals(new Metadata.Identifier(Metadata.Identifier.Scheme.URI, "https://example.org/livre/1"),
                m.identifier());
    }

    @Test
    void onlyATitle() throws Exception {
        Metadata m = read("<title>Seul</title>");
        assertEquals("Seul", m.title());
        assertEquals("fr", m.language());
        assertNull(m.subtitle());
        assertEquals(List.of(), m.creators());
        assertNull(m.identifier());
        assertNull(m.publisher());
        assertNull(m.date());
        assertNull(m.rights());
        assertNull(m.description());
        assertEquals(List.of(), m.subjects());
        assertNull(m.series());
        assertNull(m.cover());
        assertNull(m.source());
    }

    @Test
    void seriesWithoutPositionAndYearOnlyDate() throws Exception {
        Metadata m = read("<title>T</title><date>1862</date><series>Les Misérables</series>");
        assertEquals("1862", m.date());
        assertEquals(new Metadata.Series("Les Misérables", null), m.series());
    }

    @Test
    void languageTagsInCanonicalCase() throws Exception {
        Fixture f = new Fixture(dir);
        f.write("c.xml", "<book xmlns=\"" + Fixture.NS + "\" version=\"1\" xml:lang=\"FR-ca\"><metadata><title>T</title>"
                + "</metadata><body><chapter xml:lang=\"fr-CA\"/><chapter xml:lang=\"EN\"/></body></book>");
        org.colophon.model.Book book = f.read("c.xml");
        assertEquals("fr-CA", book.language());
        assertNull(book.body().get(0).lang(), "the same language as the book's, written differently");
        assertEquals("en", book.body().get(1).lang());
    }
}
