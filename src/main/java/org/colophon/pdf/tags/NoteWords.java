package org.colophon.pdf.tags;

/** The word for a note, by language, for what a screen reader says of a note call. */
final class NoteWords {

    private NoteWords() {
    }

    /** "Note" in English and French; the language's own word in a few others; else "Note". */
    static String of(String lang) {
        String primary = lang == null ? "" : lang.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
        return switch (primary) {
            case "de" -> "Fu\u00dfnote";
            case "es", "it", "pt", "ca" -> "Nota";
            case "nl" -> "Noot";
            default -> "Note";
        };
    }
}
