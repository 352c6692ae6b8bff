package org.colophon.layout;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.colophon.error.BuildException;
import org.colophon.styles.StyleFileRefused;
import org.colophon.styles.Styles;

/**
 * The words the layouts print themselves ("Contents", "Table des matières"…), read from
 * {@code layouts/labels-<lang>.properties} (UTF-8) so a user can add a language in their
 * styles folder. English fills in whatever a language lacks; {@code fr-CA} falls back to
 * {@code fr}.
 */
final class Labels {

    private Labels() {
    }

    static Map<String, String> forLanguage(Styles styles, String languageTag) throws BuildException {
        Map<String, String> labels = new TreeMap<>();
        load(styles, "en", labels);
        String tag = languageTag == null ? "en" : languageTag.toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = tag.indexOf('-');
        if (dash > 0) {
            load(styles, tag.substring(0, dash), labels);
        }
        load(styles, tag, labels);
        return Collections.unmodifiableMap(labels);
    }

    private static void load(Styles styles, String tag, Map<String, String> into) throws BuildException {
        if (!tag.matches("[a-z0-9-]+")) {
            return; // not a language tag: it must not name a file
        }
        String name = "labels-" + tag + ".properties";
        Optional<String> text;
        try {
            text = styles.readText(Styles.Kind.LABELS, name);
        } catch (StyleFileRefused refused) {
            throw refused.at(styles.describe(Styles.Kind.LABELS, name), 0, 0);
        }
        if (text.isEmpty()) {
            return;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text.get()));
        } catch (IOException | IllegalArgumentException e) {
            throw new BuildException(styles.describe(Styles.Kind.LABELS, name), 0, 0, "cannot read labels: " + e.getMessage());
        }
        for (String key : p.stringPropertyNames()) {
            into.put(key, p.getProperty(key));
        }
    }
}
