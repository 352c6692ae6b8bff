package org.colophon.reader.tei;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the language codes TEI files use (ISO 639-2 three-letter codes such as
 * {@code fra}, {@code eng}, {@code ger}, or BCP 47 tags) into BCP 47 tags, preferring
 * the two-letter code where one exists, as EPUB readers and hyphenation expect.
 */
final class TeiLanguage {

    /** ISO 639-2 (terminology and bibliographic) → ISO 639-1; built once, never changed. */
    private static final Map<String, String> TWO_LETTER = buildTable();

    private TeiLanguage() {
    }

    /**
     * The BCP 47 form of {@code code}, or null when {@code code} is null or blank. A
     * region or script subtag is kept ({@code fra-CA} → {@code fr-CA}).
     */
    static String toBcp47(String code) {
        if (code == null) {
            return null;
        }
        String trimmed = code.trim().replace('_', '-');
        if (trimmed.isEmpty()) {
            return null;
        }
        int dash = trimmed.indexOf('-');
        String primary = (dash < 0 ? trimmed : trimmed.substring(0, dash)).toLowerCase(Locale.ROOT);
        String rest = dash < 0 ? "" : trimmed.substring(dash);
        String two = TWO_LETTER.get(primary);
        String tag = (two != null ? two : primary) + rest;
        // not a language tag at all (it would name a labels file and land in the EPUB): no language
        return WELL_FORMED.matcher(tag).matches() ? tag : null;
    }

    private static final java.util.regex.Pattern WELL_FORMED =
            java.util.regex.Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private static Map<String, String> buildTable() {
        Map<String, String> table = new TreeMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                String three = Locale.forLanguageTag(two).getISO3Language();
                if (!three.isEmpty()) {
                    table.put(three, two);
                }
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known for this language: nothing to map
            }
        }
        // ISO 639-2/B codes, which library records (and some TEI files) use.
        String[][] bibliographic = {
            {"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"},
            {"cze", "cs"}, {"dut", "nl"}, {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"},
            {"gre", "el"}, {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"},
            {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"tib", "bo"}, {"wel", "cy"},
        };
        for (String[] pair : bibliographic) {
            table.put(pair[0], pair[1]);
        }
        return Map.copyOf(table);
    }
}
