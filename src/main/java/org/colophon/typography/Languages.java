package org.colophon.typography;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages of one book, by tag: each tag's {@link Language} made once, from CLDR's
 * quotation marks (through ICU4J), and the tags Colophon knows nothing about, to warn of
 * once. Safe to share between the threads that rewrite the book's divisions: what a tag
 * gives does not depend on the order the tags are met in.
 *
 * <p>Where CLDR's marks are not what books in the language print, a book's usage wins
 * (each with its reason): French nests “ ” inside « » (CLDR repeats « »); Spanish books
 * print « » with “ ” inside, as the Real Academia recommends (CLDR gives “ ”, the marks of
 * Latin American newspapers), except in a Latin American region; Swiss German prints « »
 * and ‹ › (CLDR gives Germany's „ “); Dutch books print “ ” and ‘ ’ (CLDR ‘ ’ twice);
 * Ancient Greek takes modern Greek's « » and “ ” (CLDR has no data for it).
 */
final class Languages {

    private static final Set<String> LATIN_AMERICA = Set.of("419", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC",
            "GT", "HN", "MX", "NI", "PA", "PE", "PR", "PY", "SV", "US", "UY", "VE");

    private final Map<String, Language> byTag = new ConcurrentHashMap<>();
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    private final Set<String> known;
    private final Map<String, Abbreviations> abbreviations = Abbreviations.load();

    Languages() {
        Set<String> languages = new HashSet<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            languages.add(locale.getLanguage());
        }
        languages.add("grc"); // modern Greek's conventions serve (see above)
        languages.add("la");  // neutral marks are Latin's
        this.known = Set.copyOf(languages);
    }

    /** The language of a BCP 47 tag, or {@code inherited} when the tag is null or blank. */
    Language of(String tag, Language inherited) {
        if (tag == null || tag.isBlank()) {
            return inherited;
        }
        return byTag.computeIfAbsent(normalised(tag), this::make);
    }

    /** The book's own language; an undetermined one when it names none. */
    Language ofBook(String tag) {
        return tag == null || tag.isBlank() || tag.strip().equalsIgnoreCase("und") ? Language.UNDETERMINED
                : of(tag, Language.UNDETERMINED);
    }

    /** The tags met whose language Colophon knows nothing about, sorted: each gets one warning. */
    List<String> unknown() {
        return unknown.stream().sorted().toList();
    }

    /**
     * The tag in CLDR's canonical form, as ICU gives it: primary subtag in lower case and in
     * two letters where ISO 639-1 has them ({@code fra}, {@code fre} → {@code fr}, {@code CAT}
     * → {@code ca}), region in upper case ({@code EN_us} → {@code en-US}).
     */
    static String normalised(String tag) {
        return ULocale.createCanonical(ULocale.forLanguageTag(tag.strip().replace('_', '-'))).toLanguageTag();
    }

    private Language make(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String primary = locale.getLanguage();
        String region = locale.getCountry();
        if (primary.isEmpty() || !known.contains(primary)) {
            unknown.add(tag);
            return new Language(tag, Language.Rules.OTHER, '“', '”', '‘', '’', false, Abbreviations.NONE);
        }
        Language.Rules rules = switch (primary) {
            case "fr" -> Language.Rules.FRENCH;
            case "en" -> Language.Rules.ENGLISH;
            default -> Language.Rules.OTHER;
        };
        String marks = switch (primary) {
            case "fr" -> "«»" + (region.equals("CH") ? "‹›" : "“”");
            case "es" -> LATIN_AMERICA.contains(region) ? null : "«»“”";
            case "de" -> region.equals("CH") || region.equals("LI") ? "«»‹›" : null;
            case "gsw" -> "«»‹›";
            case "nl" -> "“”‘’";
            case "grc" -> "«»“”";
            default -> null;
        };
        if (marks == null) {
            LocaleData data = LocaleData.getInstance(locale);
            marks = "" + first(data.getDelimiter(LocaleData.QUOTATION_START))
                    + first(data.getDelimiter(LocaleData.QUOTATION_END))
                    + first(data.getDelimiter(LocaleData.ALT_QUOTATION_START))
                    + first(data.getDelimiter(LocaleData.ALT_QUOTATION_END));
        }
        return new Language(tag, rules, marks.charAt(0), marks.charAt(1), marks.charAt(2), marks.charAt(3),
                rules == Language.Rules.FRENCH && !region.equals("CH"),
                abbreviations.getOrDefault(primary, Abbreviations.NONE));
    }

    private static char first(String delimiter) {
        return delimiter == null || delimiter.isEmpty() ? '"' : delimiter.charAt(0);
    }
}
