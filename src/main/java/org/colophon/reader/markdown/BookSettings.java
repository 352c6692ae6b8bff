package org.colophon.reader.markdown;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;
import org.colophon.reader.Assets;
import org.colophon.reader.BookIdentifiers;
import org.colophon.reader.LanguageTags;
import org.colophon.reader.XmlSource;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The settings of a Markdown book, from a front matter or a {@code book.yaml}: its metadata
 * and, for a book of several files, the chapter files in order and the parts they are
 * grouped in. Every key is known; an unknown key or a bad value is an error at its place.
 */
final class BookSettings {

    static final List<String> METADATA_KEYS = List.of("title", "subtitle", "author", "authors", "translator",
            "translators", "editor", "editors", "language", "date", "identifier", "isbn", "publisher", "rights",
            "cover", "description", "subjects");
    /** The keys that list the book's files, in the order the book takes them, whatever order they are written in. */
    static final List<String> STRUCTURE_KEYS = List.of("front", "chapters", "parts", "back");

    /** A chapter file as the settings name it. */
    record FileRef(String path, XmlSource.Location at) {}

    /** A part and its chapter files; a chapter outside any part has a null title. */
    record Group(String partTitle, List<FileRef> files) {
        Group {
            files = List.copyOf(files);
        }
    }

    /**
     * @param groups the chapter files; empty when the settings list none (a single-file book)
     */
    record Read(Metadata metadata, List<Group> groups) {
        Read {
            groups = List.copyOf(groups);
        }
    }

    private final YamlTree yaml;
    private final Assets assets;
    private final Path base;

    /**
     * @param base the folder of the file the settings are in, relative to the manuscript's
     */
    BookSettings(YamlTree yaml, Assets assets, Path base) {
        this.yaml = yaml;
        this.assets = assets;
        this.base = base;
    }

    Read read(String text) throws BuildException {
        Metadata.Builder metadata = Metadata.builder();
        List<Creator> creators = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<List<Group>> structure = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (YamlTree.Entry e : yaml.parse(text)) {
            Node v = e.value();
            switch (e.key()) {
                case "title" -> metadata.title(yaml.text(v, e.key()));
                case "subtitle" -> metadata.subtitle(yaml.text(v, e.key()));
                case "author", "authors" -> creators(v, e.key(), Creator.Role.AUTHOR, creators);
                case "translator", "translators" -> creators(v, e.key(), Creator.Role.TRANSLATOR, creators);
                case "editor", "editors" -> creators(v, e.key(), Creator.Role.EDITOR, creators);
                case "language" -> metadata.language(language(v));
                case "date" -> metadata.date(date(v));
                case "identifier" -> metadata.identifier(identifier(v, e.key()));
                case "isbn" -> metadata.identifier(identifier(v, e.key()));
                case "publisher" -> metadata.publisher(yaml.text(v, e.key()));
                case "rights" -> metadata.rights(yaml.text(v, e.key()));
                case "description" -> metadata.description(yaml.text(v, e.key()));
                case "subjects" -> {
                    for (Node s : yaml.oneOrMany(v)) {
                        subjects.add(yaml.text(s, e.key()));
                    }
                }
                case "cover" -> metadata.cover(assets.register(yaml.text(v, e.key()), base, yaml.at(v), false, problems));
                case "front", "chapters", "parts", "back" -> {
                    List<Group> into = structure.get(STRUCTURE_KEYS.indexOf(e.key()));
                    if (e.key().equals("parts")) {
                        parts(v, into);
                    } else {
                        into.add(new Group(null, files(v, e.key())));
                    }
                }
                default -> throw error(e.keyAt(), "unknown key '" + e.key() + "'; expected one of "
                        + String.join(", ", METADATA_KEYS)
                        + ", or the book's files as " + String.join(", ", STRUCTURE_KEYS));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        structure.forEach(groups::addAll);
        return new Read(metadata.creators(creators).subjects(subjects).build(), groups);
    }

    /** A name, or {@code {name: …, file-as: …}} for the sort form (Anstey, F.); one or a list. */
    private void creators(Node v, String key, Creator.Role role, List<Creator> out) throws BuildException {
        for (Node n : yaml.oneOrMany(v)) {
            if (!(n instanceof org.snakeyaml.engine.v2.nodes.MappingNode)) {
                out.add(new Creator(yaml.text(n, key), null, role));
                continue;
            }
            String name = null;
            String fileAs = null;
            for (YamlTree.Entry e : yaml.entries(n, "a person")) {
                switch (e.key()) {
                    case "name" -> name = yaml.text(e.value(), "name");
                    case "file-as" -> fileAs = yaml.text(e.value(), "file-as");
                    default -> throw error(e.keyAt(), "unknown key '" + e.key() + "' for a person; expected 'name'"
                            + " and, for the sort form, 'file-as'");
                }
            }
            if (name == null) {
                throw yaml.error(n, "a person needs a 'name'");
            }
            out.add(new Creator(name, fileAs, role));
        }
    }

    private String language(Node v) throws BuildException {
        String tag = yaml.text(v, "language");
        if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            throw yaml.error(v, "'" + tag + "' is not a language tag; expected a BCP 47 tag such as en, fr or en-GB");
        }
        return LanguageTags.canonical(tag);
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD, as EPUB's dc:date wants it, and a day of the calendar. */
    private String date(Node v) throws BuildException {
        String date = yaml.text(v, "date");
        if (!date.matches("[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?")) {
            throw yaml.error(v, "the date '" + date + "' is not written YYYY, YYYY-MM or YYYY-MM-DD (such as 1854-07-04)");
        }
        if (date.length() == 10) {
            try {
                LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)),
                        Integer.parseInt(date.substring(8, 10)));
            } catch (DateTimeException ex) {
                throw yaml.error(v, "the date '" + date + "' is not a day of the calendar");
            }
        }
        return date;
    }

    /** {@code isbn:} is checked as an ISBN; {@code identifier:} by its look (urn:uuid:, urn:isbn:, a URI, else as written). */
    private Metadata.Identifier identifier(Node v, String key) throws BuildException {
        String value = yaml.text(v, key);
        String lower = value.toLowerCase(Locale.ROOT);
        Metadata.Identifier.Scheme scheme;
        if (key.equals("isbn") || lower.startsWith("urn:isbn:") || lower.startsWith("isbn")) {
            scheme = Metadata.Identifier.Scheme.ISBN;
        } else if (lower.startsWith("urn:uuid:")) {
            scheme = Metadata.Identifier.Scheme.UUID;
        } else if (lower.matches("[a-z][a-z0-9+.-]*:.+")) {
            scheme = Metadata.Identifier.Scheme.URI;
        } else {
            scheme = Metadata.Identifier.Scheme.OTHER;
        }
        String problem = BookIdentifiers.problem(scheme.name().toLowerCase(Locale.ROOT), value);
        if (problem != null) {
            throw yaml.error(v, problem);
        }
        return new Metadata.Identifier(scheme, value);
    }

    private void parts(Node v, List<Group> out) throws BuildException {
        for (Node part : yaml.list(v, "parts")) {
            String title = null;
            List<FileRef> files = null;
            for (YamlTree.Entry e : yaml.entries(part, "a part")) {
                switch (e.key()) {
                    case "title" -> title = yaml.text(e.value(), "title");
                    case "chapters" -> files = files(e.value(), "chapters");
                    default -> throw error(e.keyAt(), "unknown key '" + e.key() + "' in a part; expected 'title'"
                            + " and 'chapters'");
                }
            }
            if (title == null || files == null) {
                throw yaml.error(part, "a part needs a 'title' and its 'chapters' (a list of .md files)");
            }
            out.add(new Group(title, files));
        }
    }

    private List<FileRef> files(Node v, String key) throws BuildException {
        List<FileRef> out = new ArrayList<>();
        for (Node n : yaml.list(v, key)) {
            String path = yaml.text(n, key);
            if (!path.endsWith(".md")) {
                throw yaml.error(n, "'" + path + "' is not a Markdown file; expected a chapter file ending in .md");
            }
            out.add(new FileRef(path, yaml.at(n)));
        }
        if (out.isEmpty()) {
            throw yaml.error(v, "the list '" + key + "' is empty; expected at least one .md file");
        }
        return out;
    }

    private static BuildException error(XmlSource.Location at, String message) {
        return new BuildException(at.file(), at.line(), at.column(), message);
    }
}
