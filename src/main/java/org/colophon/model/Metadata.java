package org.colophon.model;

import java.util.List;
import java.util.Optional;

/**
 * What the manuscript says about the book. Optional fields are {@code null} when the
 * manuscript leaves them out; nothing here is ever invented.
 *
 * @param title       the title, plain text after the typography pass
 * @param subtitle    may be null
 * @param creators    authors, translators, editors, illustrators, in manuscript order
 * @param language    BCP 47 tag of the book's main language
 * @param identifier  ISBN or UUID; may be null (the EPUB writer then derives a stable UUID)
 * @param date        ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); may be null
 * @param cover       href of the cover image asset; may be null
 * @param source      where the text comes from (TEI sourceDesc, a print edition); may be null
 */
public record Metadata(
        String title,
        String subtitle,
        List<Creator> creators,
        String language,
        Identifier identifier,
        String publisher,
        String date,
        String rights,
        String description,
        List<String> subjects,
        Series series,
        String cover,
        String source) {

    public Metadata {
        creators = List.copyOf(creators);
        subjects = List.copyOf(subjects);
    }

    public List<Creator> authors() {
        return creators.stream().filter(c -> c.role() == Creator.Role.AUTHOR).toList();
    }

    public Optional<Identifier> identifierIfAny() {
        return Optional.ofNullable(identifier);
    }

    /** A book identifier and its scheme. */
    public record Identifier(Scheme scheme, String value) {
        public enum Scheme { ISBN, UUID, URI, OTHER }
    }

    /** The series the book belongs to, and its place in it (may be null). */
    public record Series(String name, String position) {}
}
