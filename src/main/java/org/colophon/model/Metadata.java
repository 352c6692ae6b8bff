package org.colophon.model;

import java.util.List;
import java.util.Optional;

/**
 * What the manuscript says about the book. Optional fields are {@code null} when the
 * manuscript leaves them out; nothing here is ever invented. Made by field name with
 * {@link #builder()}, or copied with a few fields changed with {@link #toBuilder()}.
 *
 * @param title       the title, plain text after the typography pass
 * @param subtitle    may be null
 * @param creators    authors, translators, editors, illustrators, in manuscript order
 * @param language    BCP 47 tag of the book's main language
 * @param identifier  ISBN or UUID; may be null (the EPUB writer then derives a stable UUID)
 * @param date        ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD); may be null
 * @param cover       href of the cover image asset; may be null
 * @param source      where the text comes from (TEI sourceDesc, a print edition); may be null
 * @param conformance the accessibility standard the book is said to meet, and by whom; null
 *                    when the manuscript states none (no claim is then made for it)
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
        String source,
        ConformanceClaim conformance) {

    public Metadata {
        creators = List.copyOf(creators);
        subjects = List.copyOf(subjects);
    }

    /** An empty builder: no creators, no subjects, every other field null until set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this metadata, for a copy that differs in a few fields. */
    public Builder toBuilder() {
        return new Builder()
                .title(title)
                .subtitle(subtitle)
                .creators(creators)
                .language(language)
                .identifier(identifier)
                .publisher(publisher)
                .date(date)
                .rights(rights)
                .description(description)
                .subjects(subjects)
                .series(series)
                .cover(cover)
                .source(source)
                .conformance(conformance);
    }

    public List<Creator> authors() {
        return creators.stream().filter(c -> c.role() == Creator.Role.AUTHOR).toList();
    }

    public Optional<Identifier> identifierIfAny() {
        return Optional.ofNullable(identifier);
    }

    /** Builds {@link Metadata} by field name; a field not set stays empty (null, or no list items). */
    public static final class Builder {

        private String title;
        private String subtitle;
        private List<Creator> creators = List.of();
        private String language;
        private Identifier identifier;
        private String publisher;
        private String date;
        private String rights;
        private String description;
        private List<String> subjects = List.of();
        private Series series;
        private String cover;
        private String source;
        private ConformanceClaim conformance;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder creators(List<Creator> creators) {
            this.creators = creators;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder identifier(Identifier identifier) {
            this.identifier = identifier;
            return this;
        }

        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        public Builder date(String date) {
            this.date = date;
            return this;
        }

        public Builder rights(String rights) {
            this.rights = rights;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder subjects(List<String> subjects) {
            this.subjects = subjects;
            return this;
        }

        public Builder series(Series series) {
            this.series = series;
            return this;
        }

        public Builder cover(String cover) {
            this.cover = cover;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder conformance(ConformanceClaim conformance) {
            this.conformance = conformance;
            return this;
        }

        public Metadata build() {
            return new Metadata(title, subtitle, creators, language, identifier, publisher, date, rights,
                    description, subjects, series, cover, source, conformance);
        }
    }

    /** A book identifier and its scheme. */
    public record Identifier(Scheme scheme, String value) {
        public enum Scheme { ISBN, UUID, URI, OTHER }
    }

    /** The series the book belongs to, and its place in it (may be null). */
    public record Series(String name, String position) {}

    /**
     * A claim that the book meets an accessibility standard, made by someone who checked it:
     * Colophon writes what it can (structure, reading order, alternative text) but cannot
     * tell whether a book as a whole meets WCAG, so it claims nothing unless told.
     *
     * @param conformsTo  the standard's identifier, as EPUB Accessibility 1.1 spells it:
     *                    {@code EPUB Accessibility 1.1 - WCAG 2.1 Level AA}
     * @param certifiedBy who evaluated the book (a person or an organisation)
     */
    public record ConformanceClaim(String conformsTo, String certifiedBy) {}
}
