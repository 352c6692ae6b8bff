package org.colophon.pdf.write;

/**
 * The printing condition a print-ready PDF is made for: the CMYK profile of its output
 * intent and the names the intent gives it (ISO 15930-7, 14.11.5).
 *
 * @param profile    the ICC output profile (CMYK), embedded once and named by both intents
 * @param identifier the characterised printing condition's name in the ICC registry, {@code FOGRA39}
 * @param condition  the condition in words
 * @param marks      the printer's marks drawn outside the bleed (print.css's {@code marks})
 */
public record PrintCondition(byte[] profile, String identifier, String condition, PrinterMarks marks) {

    /** Where the bundled profile lies in the styles; a styles folder may hold its own there. */
    public static final String PROFILE = "color/FOGRA39L-coated.icc";

    /** The bundled condition, with the profile the styles hold. */
    public static PrintCondition fogra39(byte[] profile) {
        return new PrintCondition(profile, "FOGRA39",
                "Coated FOGRA39 (ISO 12647-2:2004/Amd 1, paper type 1 or 2, coated art, 115 g/m2)", PrinterMarks.NONE);
    }

    /** The same condition with {@code marks} drawn. */
    public PrintCondition withMarks(PrinterMarks marks) {
        return new PrintCondition(profile, identifier, condition, marks);
    }
}
