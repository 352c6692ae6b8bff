package org.colophon.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;

/** {@code $book} in every layout: what the title and copyright pages print. */
final class BookView {

    private BookView() {
    }

    static Map<String, Object> of(Metadata m, Map<String, String> labels, String identifier) {
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
                "authors", authors,
                "contributors", contributors,
                "language", m.language(),
                "publisher", m.publisher(),
                "date", m.date(),
                "rights", m.rights(),
                "description", m.description(),
                "source", m.source(),
                "identifier", id == null ? null : id.value(),
                "identifierLabel", identifierLabel,
                "packageIdentifier", identifier,
                "series", m.series() == null ? null : m.series().name(),
                "seriesPosition", m.series() == null ? null : m.series().position());
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
