package org.colophon.layout;

import java.util.ArrayList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;

/** {@code $book} in every layout: what the title and copyright pages print. */
final class BookView {

    private BookView() {
    }

    static Map<String, Object> of(Metadata m, Map<String, String> labels, String identifier) {
        return of(m, labels, identifier, List.of());
    }

    /**
     * As above; {@code fallbackTypefaces}: the families of the fallback faces the book was
     * set in besides its own (Noto Serif for polytonic Greek), which the colophon names too.
     */
    static Map<String, Object> of(Metadata m, Map<String, String> labels, String identifier,
                                  List<String> fallbackTypefaces) {
        List<String> authors = new ArrayList<>();
        List<Map<String, Object>> contributors = new ArrayList<>();
        for (Creator c : m.creators()) {
            if (c.role() == Creator.Role.AUTHOR) {
                authors.add(c.name());
            } else {
                contributors.add(View.of("name", c.name(), "role", c.role().marcCode(),
                        "label", labels.get(roleLabelKey(c.role()))));
            }
        }
        Metadata.Identifier id = m.identifier();
        String identifierLabel = id != null && id.scheme() == Metadata.Identifier.Scheme.ISBN
                ? labels.get("isbn") : labels.get("identifier");
        return View.of(
                "title", m.title(),
                "subtitle", m.subtitle(),
                "authors", List.copyOf(authors),
                "contributors", List.copyOf(contributors),
                "language", m.language(),
                "publisher", m.publisher(),
                "date", m.date(),
                "dateText", dateText(m.date(), m.language()),
                "rights", m.rights(),
                "description", m.description(),
                "source", m.source(),
                "identifier", id == null ? null : id.value(),
                "identifierLabel", identifierLabel,
                "packageIdentifier", identifier,
                "series", m.series() == null ? null : m.series().name(),
                "seriesPosition", m.series() == null ? null : m.series().position(),
                "fallbackTypefaces", List.copyOf(fallbackTypefaces),
                "typefaces", typefaces(labels, fallbackTypefaces));
    }

    /** "Set in Source Serif 4.", or "Set in Source Serif 4 and Noto Serif." when a fallback face was used. */
    private static String typefaces(Map<String, String> labels, List<String> fallbackTypefaces) {
        String with = labels.get("typefaceAndFallback");
        if (fallbackTypefaces.isEmpty() || with == null) {
            return labels.get("typeface");
        }
        return with.replace("{0}", String.join(", ", fallbackTypefaces));
    }

    /**
     * The manuscript's date as the book's language writes it ("12 novembre 2024",
     * "November 12, 2024"); the date as given when it is not an ISO date.
     */
    static String dateText(String date, String language) {
        if (date == null) {
            return null;
        }
        String d = date.trim();
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        try {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(d).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(d).format(DateTimeFormatter.ofPattern("LLLL uuuu", locale));
            }
        } catch (RuntimeException e) {
            return d;
        }
        return d;
    }

    private static String roleLabelKey(Creator.Role role) {
        return switch (role) {
            case TRANSLATOR -> "translatedBy";
            case EDITOR -> "editedBy";
            case ILLUSTRATOR -> "illustratedBy";
            default -> "by";
        };
    }
}
