package org.colophon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder puts each value in the field it names, and a copy changes only what it is told. */
class MetadataBuilderTest {

    private static final Metadata FULL = Metadata.builder()
            .title("Titre")
            .subtitle("Sous-titre")
            .creators(List.of(new Creator("Anne Autrice", "Autrice, Anne", Creator.Role.AUTHOR)))
            .language("fr")
            .identifier(new Metadata.Identifier(Metadata.Identifier.Scheme.ISBN, "978-3-16-148410-0"))
            .publisher("Éditeur")
            .date("2024-11-12")
            .rights("Droits")
            .description("Description")
            .subjects(List.of("Sujet"))
            .series(new Metadata.Series("Série", "2"))
            .cover("cover.png")
            .source("Source")
            .conformance(new Metadata.ConformanceClaim("EPUB Accessibility 1.1 - WCAG 2.1 Level AA", "Relecteur"))
            .build();

    @Test
    void eachValueGoesToTheFieldNamed() {
        assertEquals(new Metadata("Titre", "Sous-titre",
                List.of(new Creator("Anne Autrice", "Autrice, Anne", Creator.Role.AUTHOR)), "fr",
                new Metadata.Identifier(Metadata.Identifier.Scheme.ISBN, "978-3-16-148410-0"), "Éditeur",
                "2024-11-12", "Droits", "Description", List.of("Sujet"), new Metadata.Series("Série", "2"),
                "cover.png", "Source",
                new Metadata.ConformanceClaim("EPUB Accessibility 1.1 - WCAG 2.1 Level AA", "Relecteur")), FULL);
    }

    @Test
    void fieldsNotSetAreEmpty() {
        Metadata m = Metadata.builder().title("Titre").language("fr").build();
        assertEquals(List.of(), m.creators());
        assertEquals(List.of(), m.subjects());
        assertNull(m.subtitle());
        assertNull(m.identifier());
        assertNull(m.cover());
        assertNull(m.source());
        assertNull(m.conformance());
    }

    @Test
    void aCopyDiffersOnlyInWhatItIsGiven() {
        assertEquals(FULL, FULL.toBuilder().build());
        Metadata other = FULL.toBuilder().cover("other.jpg").build();
        assertEquals("other.jpg", other.cover());
        assertEquals(FULL, other.toBuilder().cover("cover.png").build());
    }
}
