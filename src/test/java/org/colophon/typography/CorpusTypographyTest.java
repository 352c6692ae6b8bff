package org.colophon.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.colophon.model.Book;
import org.junit.jupiter.api.Test;

/**
 * The two ELTeC novels in shared/corpus, run through the pass whole: every French mark is
 * spaced, every English quote curled, nothing changes on a second pass. Times are printed
 * for the record, not asserted.
 */
class CorpusTypographyTest {

    private static Book typeset(String file, String language) throws Exception {
        assumeTrue(Files.isRegularFile(CorpusParagraphs.CORPUS.resolve(file)),
                "shared/corpus/" + file + " is absent: corpus test skipped");
        Book in = CorpusParagraphs.read(file, language);
        Typographer typographer = new Typographer();
        long start = System.nanoTime();
        Book out = typographer.apply(in);
        long once = System.nanoTime() - start;
        assertEquals(out, typographer.apply(out), file + ": a second pass changes the book");
        System.out.printf("typography %s: %d paragraphs in %.1f ms (first run, cold)%n",
                file, in.body().get(0).blocks().size(), once / 1e6);
        return out;
    }

    /** Each paragraph where {@code bad} occurs, for a readable failure. */
    private static List<String> offending(List<String> paragraphs, java.util.function.Predicate<String> bad) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (bad.test(p)) {
                out.add(TestBooks.visible(p));
            }
        }
        return out;
    }

    @Test
    void ponsonFrenchMarksAreAllSpaced() throws Exception {
        List<String> paragraphs = CorpusParagraphs.paragraphs(typeset("FRA03101_Ponson.xml", "fr"));
        assertEquals(List.of(), offending(paragraphs, p -> {
            for (int k = 1; k < p.length(); k++) {
                char c = p.charAt(k);
                char before = p.charAt(k - 1);
                if ((c == '?' || c == '!' || c == ';' || c == '»') && before != '\u202F' && before != '?' && before != '!') {
                    return true;
                }
                if (c == ':' && before != '\u00A0') {
                    return true;
                }
                if (c == '«' && (k + 1 == p.length() || p.charAt(k + 1) != '\u202F')) {
                    return true;
                }
            }
            return false;
        }));
        assertEquals(List.of(), offending(paragraphs, p -> p.indexOf('\'') >= 0 || p.indexOf('"') >= 0
                || p.contains("...")));
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains("Charles I<sup>er</sup>")));
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("—\u00A0Avez-vous des nouvelles de Mgr le régent\u202F?")));
    }

    @Test
    void ansteyEnglishQuotesAreAllCurled() throws Exception {
        List<String> paragraphs = CorpusParagraphs.paragraphs(typeset("ENG18820_Anstey.xml", "en"));
        assertEquals(List.of(), offending(paragraphs, p -> p.indexOf('"') >= 0 || p.indexOf('\'') >= 0));
        assertEquals(List.of(), offending(paragraphs, p -> p.contains(" ?") || p.contains(" !")
                || p.contains(" ;") || p.contains(" :")));
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains("(‘Have you all got “hearty play” down?’”")));
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains("I ain’t ’ad no eddication")));
    }
}
