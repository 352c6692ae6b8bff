package org.colophon.reader.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measure the Markdown library was chosen by (docs/markdown.md), kept as a test: the
 * chosen library, commonmark-java, still passes every example of the CommonMark spec it
 * targets, and more than flexmark-java. Prints the figures.
 */
class CommonMarkSpecTest {

    @Test
    void theChosenLibraryPassesTheSpecAndMoreThanTheOther() throws Exception {
        List<CommonMarkSpecRun.Result> results = CommonMarkSpecRun.results();
        results.forEach(System.out::println);
        CommonMarkSpecRun.Result chosen = find(results, "commonmark-java 0.30.0, URLs percent-encoded", "0.31.2");
        assertEquals(chosen.total(), chosen.passed(), chosen.toString());
        assertEquals(652, chosen.total());
        CommonMarkSpecRun.Result other = find(results, "flexmark-java 0.64.8, URLs percent-encoded", "0.31.2");
        assertTrue(other.passed() < chosen.passed(), other.toString());
        assertTrue(find(results, "commonmark-java 0.30.0", "0.31.2").passed()
                > find(results, "flexmark-java 0.64.8", "0.31.2").passed());
    }

    private static CommonMarkSpecRun.Result find(List<CommonMarkSpecRun.Result> results, String library, String version) {
        return results.stream().filter(r -> r.library().equals(library) && r.version().equals(version)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + library + " on " + version));
    }
}
