package org.colophon.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF's PDF/A validation on a PDF held in memory. */
public final class PdfValidator {

    /** veraPDF's verdict: compliant or not, and each failed rule with how often it failed. */
    public record Verdict(boolean compliant, List<String> failedRules) {
        @Override
        public String toString() {
            return (compliant ? "compliant" : "not compliant") + " " + failedRules;
        }
    }

    private static boolean initialised;

    private PdfValidator() {
    }

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    public static Verdict pdfA2b(byte[] pdf) {
        return validate(pdf, PDFAFlavour.PDFA_2_B);
    }

    /** veraPDF's PDF/A-2a verdict: PDF/A-2b plus a logical structure and Unicode for all text. */
    public static Verdict pdfA2a(byte[] pdf) {
        return validate(pdf, PDFAFlavour.PDFA_2_A);
    }

    /** veraPDF's PDF/UA-1 verdict (ISO 14289-1, the Matterhorn machine checks). */
    public static Verdict pdfUa1(byte[] pdf) {
        return validate(pdf, PDFAFlavour.PDFUA_1);
    }

    public static Verdict validate(byte[] pdf, PDFAFlavour flavour) {
        initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            TreeMap<String, String> failed = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    failed.putIfAbsent(rule, rule + ": " + a.getMessage() + " (" + a.getErrorMessage() + ")");
                }
            }
            return new Verdict(result.isCompliant(), List.copyOf(failed.values()));
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF: " + e, e);
        }
    }
}
