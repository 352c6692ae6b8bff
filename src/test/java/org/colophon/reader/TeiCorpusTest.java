package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.Diagnostic;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two ELTeC novels of ../shared/corpus read into the model with no word lost. */
class TeiCorpusTest {

    private static Path corpus;

    @BeforeAll
    static void findCorpus() {
        String configured = System.getProperty("colophon.corpus");
        corpus = Path.of(configured != null ? configured : "../shared/corpus");
    }

    private static Path novel(String name) {
        Path file = corpus.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "the ELTeC corpus is not there (" + file.toAbsolutePath() + "): corpus tests skipped");
        return file;
    }

    private static Book read(Path file, List<Diagnostic> warnings) throws Exception {
        return new BookReader(warnings::add).read(file);
    }

    @Test
    void ponsonReadsWithEveryWord() throws Exception {
        Path file = novel("FRA03101_Ponson.xml");
        List<Diagnostic> warnings = new ArrayList<>();
        Book book = read(file, warnings);
        System.out.println(TeiModelText.words(book) + " " + TeiWordCount.countTeiText(file));
        System.out.println(warnings);
    }

    @Test
    void ansteyReadsWithEveryWord() throws Exception {
        Path file = novel("ENG18820_Anstey.xml");
        List<Diagnostic> warnings = new ArrayList<>();
        Book book = read(file, warnings);
        System.out.println(TeiModelText.words(book) + " " + TeiWordCount.countTeiText(file));
        System.out.println(warnings);
    }
}
