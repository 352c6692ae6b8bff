package org.colophon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.bench.BenchmarkBooks;
import org.colophon.error.Warnings;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book rebuilt with a {@link BuildCache} after each of a sequence of edits — a word
 * changed in its middle chapter, a paragraph added, a chapter removed, a style changed —
 * gives, after each, the bytes a clean build of the edited files gives; and the cache is
 * used (the paragraphs an edit did not touch are not set again).
 */
class BuildCacheTest {

    private static final Path CORPUS = Path.of(System.getProperty("colophon.corpus", "../shared/corpus"));

    private final Colophon colophon = new Colophon(Warnings.ignore(), Colophon.Progress.silent());

    @Test
    void everyRebuildAfterAnEditWritesTheBytesOfACleanBuild(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), CORPUS + " is absent: corpus test skipped");
        Path book = new BenchmarkBooks(CORPUS).assemble(20_000, dir.resolve("book.xml"));
        Path styles = Files.createDirectories(dir.resolve("styles"));
        String printCss = Styles.bundled().readText(Styles.Kind.STYLE_SHEET, "print.css").orElseThrow();
        Files.writeString(styles.resolve("print.css"), printCss);
        BuildCache cache = BuildCache.create();
        Path watched = dir.resolve("watched");
        rebuild(book, styles, cache, watched);

        String xml = Files.readString(book);
        List<String> chapters = chapters(xml);
        assertTrue(chapters.size() >= 4, "chapters: " + chapters.size());
        String middle = chapters.get(chapters.size() / 2);

        // a word changed in the middle chapter
        int word = wordIn(xml, xml.indexOf(middle));
        xml = xml.substring(0, word) + "Zéphyrine" + xml.substring(word + wordLength(xml, word));
        Files.writeString(book, xml);
        rebuild(book, styles, cache, watched);
        int[] counts = cache.paragraphCounts();
        assertTrue(counts[0] > 20 * counts[1], "paragraphs from the cache and set anew: " + counts[0] + ", " + counts[1]);
        int[] pages = cache.pageCounts();
        assertTrue(pages[0] > 5 * pages[1], "pages given an earlier stream and drawn: " + pages[0] + ", " + pages[1]);
        assertTrue(cache.pageBreakingStart() > 0, "the pages before the middle chapter are not broken again");
        assertTrue(cache.divisionsReused() >= chapters.size() - 1, "chapters whose typography came from the cache: "
                + cache.divisionsReused() + " of " + chapters.size());
        assertSameAsClean(book, styles, watched, dir.resolve("clean-1"));

        // a paragraph added
        int p = xml.indexOf("<p>", xml.indexOf(middle) + middle.length() / 2);
        xml = xml.substring(0, p) + "<p>Un paragraphe ajouté au milieu du chapitre, pour voir si les pages qui"
                + " suivent sont cassées de nouveau comme il le faut.</p>" + xml.substring(p);
        Files.writeString(book, xml);
        rebuild(book, styles, cache, watched);
        assertSameAsClean(book, styles, watched, dir.resolve("clean-2"));

        // a chapter removed
        String removed = chapters(xml).get(1);
        xml = xml.replace(removed, "");
        Files.writeString(book, xml);
        rebuild(book, styles, cache, watched);
        assertSameAsClean(book, styles, watched, dir.resolve("clean-3"));

        // a style changed: every paragraph again
        Files.writeString(styles.resolve("print.css"), printCss.replace("text-indent: 1.2em", "text-indent: 2em"));
        rebuild(book, styles, cache, watched);
        assertTrue(printCss.contains("text-indent: 1.2em"), "the bundled print.css's paragraph indent");
        int[] after = cache.paragraphCounts();
        assertTrue(after[1] > after[0], "the indent changes the spec of most paragraphs, which are set again: "
                + after[0] + " from the cache, " + after[1] + " set");
        assertSameAsClean(book, styles, watched, dir.resolve("clean-4"));
    }

    /**
     * The print set (PDF/X, printer's marks and slug lines appended to every page's stream
     * after it is drawn or given from the cache) rebuilt after an edit, as a clean build.
     */
    @Test
    void aPrintReadyRebuildWritesTheBytesOfACleanBuild(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), CORPUS + " is absent: corpus test skipped");
        Path book = new BenchmarkBooks(CORPUS).assemble(5_000, dir.resolve("book.xml"));
        BuildCache cache = BuildCache.create();
        Path watched = dir.resolve("watched");
        colophon.build(book, Colophon.Options.builder(watched).print(true).cache(cache).build());
        String xml = Files.readString(book);
        int word = wordIn(xml, xml.length() / 2);
        Files.writeString(book, xml.substring(0, word) + "Zéphyrine" + xml.substring(word + wordLength(xml, word)));
        colophon.build(book, Colophon.Options.builder(watched).print(true).cache(cache).build());
        int[] pages = cache.pageCounts();
        assertTrue(pages[0] > pages[1], "pages given an earlier stream and drawn: " + pages[0] + ", " + pages[1]);
        Path clean = dir.resolve("clean");
        colophon.build(book, Colophon.Options.builder(clean).print(true).build());
        for (String file : List.of("book.pdf", "book.epub")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(watched.resolve(file)),
                    file + " rebuilt with the cache differs from a clean build");
        }
    }

    private void rebuild(Path book, Path styles, BuildCache cache, Path out) throws Exception {
        colophon.build(book, Colophon.Options.builder(out).styles(Styles.fromDirectory(styles)).cache(cache).build());
    }

    private void assertSameAsClean(Path book, Path styles, Path watched, Path clean) throws Exception {
        colophon.build(book, Colophon.Options.builder(clean).styles(Styles.fromDirectory(styles)).build());
        for (String file : List.of("book.pdf", "book.epub")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(watched.resolve(file)),
                    file + " rebuilt with the cache differs from a clean build");
        }
    }

    /** The chapters as text, each from its {@code <div type="chapter"} to its matching {@code </div>}. */
    private static List<String> chapters(String xml) {
        List<String> out = new ArrayList<>();
        for (int start = xml.indexOf("<div type=\"chapter\""); start >= 0;
                start = xml.indexOf("<div type=\"chapter\"", start + 1)) {
            int depth = 0;
            for (int i = start; i < xml.length(); i++) {
                if (xml.startsWith("<div", i) && (xml.charAt(i + 4) == ' ' || xml.charAt(i + 4) == '>')) {
                    depth++;
                } else if (xml.startsWith("</div>", i) && --depth == 0) {
                    out.add(xml.substring(start, i + "</div>".length()));
                    break;
                }
            }
        }
        return out;
    }

    /** The first word of six letters or more in a paragraph after {@code from}. */
    private static int wordIn(String xml, int from) {
        int i = xml.indexOf("<p>", from) + 3;
        while (wordLength(xml, i) < 6) {
            i += Math.max(1, wordLength(xml, i));
        }
        return i;
    }

    private static int wordLength(String xml, int at) {
        int i = at;
        while (Character.isLetter(xml.charAt(i))) {
            i++;
        }
        return i - at;
    }
}
