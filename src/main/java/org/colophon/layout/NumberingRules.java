package org.colophon.layout;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.colophon.error.BuildException;
import org.colophon.styles.StyleFileRefused;
import org.colophon.styles.Styles;

/**
 * What the layouts number and how, read from {@code layouts/numbering.properties}: a press
 * switches the numbering of chapters, sections, figures, tables and code listings on or off
 * in its styles folder, without touching a manuscript. A key the file lacks keeps its
 * default ({@link #defaults()}: only tables and listings are numbered, so a novel's
 * chapters and illustrations stay as their author titled them).
 */
record NumberingRules(Map<Numbered, Scheme> schemes) {

    static final String FILE = "numbering.properties";

    /** The things a book can number. */
    enum Numbered {
        PART, CHAPTER, SECTION, FIGURE, TABLE, LISTING;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a kind is numbered. */
    enum Scheme {
        /** not numbered */
        OFF,
        /** 1, 2, 3 */
        ARABIC,
        /** I, II, III */
        ROMAN,
        /** through the whole book: 1, 2, 3 (figures, tables, listings) */
        BOOK,
        /** within each numbered chapter: 3.1, 3.2 (sections, figures, tables, listings) */
        CHAPTER;

        boolean on() {
            return this != OFF;
        }
    }

    NumberingRules {
        schemes = Map.copyOf(schemes);
    }

    Scheme of(Numbered kind) {
        return schemes.get(kind);
    }

    static NumberingRules defaults() {
        Map<Numbered, Scheme> m = new EnumMap<>(Numbered.class);
        m.put(Numbered.PART, Scheme.OFF);
        m.put(Numbered.CHAPTER, Scheme.OFF);
        m.put(Numbered.SECTION, Scheme.OFF);
        m.put(Numbered.FIGURE, Scheme.OFF);
        m.put(Numbered.TABLE, Scheme.CHAPTER);
        m.put(Numbered.LISTING, Scheme.CHAPTER);
        return new NumberingRules(m);
    }

    /** The schemes each kind accepts, in the order the error message lists them. */
    private static Scheme[] allowed(Numbered kind) {
        return switch (kind) {
            case PART, CHAPTER -> new Scheme[] {Scheme.OFF, Scheme.ARABIC, Scheme.ROMAN};
            case SECTION -> new Scheme[] {Scheme.OFF, Scheme.CHAPTER};
            case FIGURE, TABLE, LISTING -> new Scheme[] {Scheme.OFF, Scheme.BOOK, Scheme.CHAPTER};
        };
    }

    static NumberingRules read(Styles styles) throws BuildException {
        String where = styles.describe(Styles.Kind.LABELS, FILE);
        Optional<String> text;
        try {
            text = styles.readText(Styles.Kind.LABELS, FILE);
        } catch (StyleFileRefused refused) {
            throw refused.at(where, 0, 0);
        }
        Map<Numbered, Scheme> m = new EnumMap<>(defaults().schemes());
        if (text.isEmpty()) {
            return new NumberingRules(m);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text.get()));
        } catch (IOException | IllegalArgumentException e) {
            throw new BuildException(where, 0, 0, "cannot read the numbering rules: " + e.getMessage());
        }
        for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
            int line = lineOf(text.get(), key);
            Numbered kind = null;
            for (Numbered k : Numbered.values()) {
                if (k.key().equals(key)) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw new BuildException(where, line, 1, "unknown key '" + key
                        + "'; expected one of part, chapter, section, figure, table, listing");
            }
            String value = p.getProperty(key).strip().toLowerCase(Locale.ROOT);
            Scheme scheme = null;
            StringBuilder names = new StringBuilder();
            for (Scheme s : allowed(kind)) {
                String name = s.name().toLowerCase(Locale.ROOT);
                names.append(names.length() == 0 ? "" : ", ").append(name);
                if (name.equals(value)) {
                    scheme = s;
                }
            }
            if (scheme == null) {
                throw new BuildException(where, line, 1, key + " = '" + p.getProperty(key).strip()
                        + "' is not a numbering; expected one of " + names);
            }
            m.put(kind, scheme);
        }
        return new NumberingRules(m);
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith(key) && l.substring(key.length()).strip().matches("^[=:].*|^$")) {
                return i + 1;
            }
        }
        return 0;
    }
}
