package org.colophon.watch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.colophon.Colophon;
import org.colophon.cover.CoverImages;
import org.colophon.error.Diagnostic;
import org.colophon.styles.Styles;
import org.colophon.testing.EpubFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch loop on a real manuscript in a temporary folder: each edit is followed by the
 * watcher's event, and the books it wrote are read back (the PDF's text through PDFBox, the
 * EPUB's pages).
 */
class BookWatcherTest {

    @TempDir
    Path dir;

    private final WatchedEvents events = new WatchedEvents();
    private final List<Diagnostic> warnings = new ArrayList<>();
    private BookWatcher watcher;
    private Thread thread;
    private Set<Thread> threadsBefore;

    /** Line 10 holds the paragraph; {@code INCLUDE} is replaced by an include or nothing. */
    private static final String MANUSCRIPT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <book xmlns="https://colophon.org/ns/manuscript/1" xmlns:xi="http://www.w3.org/2001/XInclude"
                  version="1" xml:lang="fr">
              <metadata>
                <title>Le Guetteur</title>
                <date>2024-11-12</date>
              </metadata>
              <body>
                <chapter id="un"><title>Un</title>
                  <p>Le mot du jour est WORD.</p>
                </chapter>
            INCLUDE
              </body>
            </book>
            """;

    private static final String CHAPTER_TWO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <chapter xmlns="https://colophon.org/ns/manuscript/1" id="deux">
              <title>Deux</title>
              <p>Le second mot est WORD.</p>
              <figure src="../images/point.jpg" alt="Un point"/>
            </chapter>
            """;

    private static String manuscript(String word, boolean include) {
        return MANUSCRIPT.replace("WORD", word)
                .replace("INCLUDE\n", include ? "    <xi:include href=\"chapters/two.xml\"/>\n" : "");
    }

    private void start(Path manuscript, Path out) throws IOException {
        start(manuscript, out, events);
    }

    private void start(Path manuscript, Path out, Consumer<BuildEvent> listener) throws IOException {
        threadsBefore = watchServiceThreads();
        Colophon colophon = new Colophon(warnings::add, Colophon.Progress.silent());
        watcher = new BookWatcher(colophon, List.of(manuscript),
                cache -> Colophon.Options.builder(out).cache(cache).build(), listener);
        thread = new Thread(watcher::run, "book-watcher-test");
        thread.start();
    }

    @AfterEach
    void stopWatcher() throws InterruptedException {
        if (watcher != null) {
            watcher.stop();
            thread.join(TimeUnit.SECONDS.toMillis(WatchedEvents.TIMEOUT_SECONDS));
        }
    }

    @Test
    void rebuildsAfterEachEditReportsABreakAndFollowsNewInputs() throws Exception {
        Path book = dir.resolve("book");
        Files.createDirectories(book);
        Path manuscript = book.resolve("book.xml");
        Files.writeString(manuscript, manuscript("alpha", false));
        Path out = book.resolve("target"); // inside the watched folder: its writes must trigger nothing
        start(manuscript, out);

        BuildEvent.Built first = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(), first.changed());
        assertBooksSay("alpha", out);
        Path realManuscript = manuscript.toRealPath();
        assertEquals(realManuscript, first.result().inputs().get(0));

        save(manuscript, manuscript("omicron", false));
        BuildEvent.Built edited = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(realManuscript), edited.changed(), "the edit, and not the books the first build wrote");
        assertBooksSay("omicron", out);
        assertFalse(pdfText(out).contains("alpha"));

        byte[] pdfBefore = Files.readAllBytes(out.resolve("book.pdf"));
        byte[] epubBefore = Files.readAllBytes(out.resolve("book.epub"));
        save(manuscript, manuscript("sigma", false).replace("sigma.</p>", "sigma.</q>"));
        BuildEvent.Failed broken = events.nextBuild(BuildEvent.Failed.class);
        Diagnostic error = broken.errors().get(0);
        assertEquals(Diagnostic.Severity.ERROR, error.severity());
        assertTrue(error.file().endsWith("book.xml"), error.toString());
        assertEquals(10, error.line(), error.toString());
        String line = manuscript("sigma", false).lines().toList().get(9);
        int tag = line.indexOf("</p>") + 1; // the 1-based column of the end tag that breaks it
        assertTrue(error.column() >= tag && error.column() <= tag + 3, error.toString()); // within "</q>"
        assertArrayEquals(pdfBefore, Files.readAllBytes(out.resolve("book.pdf")), "the last good PDF is left as it was");
        assertArrayEquals(epubBefore, Files.readAllBytes(out.resolve("book.epub")), "and the EPUB");
        List<String> errorLines = new ArrayList<>();
        WatchLines.write(broken, ignored -> { }, errorLines::add);
        assertTrue(errorLines.get(0).startsWith(error.file() + ":10:" + error.column() + ": error: "), errorLines.toString());

        save(manuscript, manuscript("sigma", false));
        events.nextBuild(BuildEvent.Built.class);
        assertBooksSay("sigma", out);

        // an included file in a new folder, naming an image in another: both are watched from the build that reads them
        Path chapters = Files.createDirectories(book.resolve("chapters"));
        Path images = Files.createDirectories(book.resolve("images"));
        save(images.resolve("point.jpg"), CoverImages.jpeg(40, 40));
        save(chapters.resolve("two.xml"), CHAPTER_TWO.replace("WORD", "delta"));
        save(manuscript, manuscript("sigma", true));
        Path two = chapters.resolve("two.xml").toRealPath();
        events.next(e -> e instanceof BuildEvent.Built b && b.result().inputs().contains(two));
        assertBooksSay("delta", out);

        save(chapters.resolve("two.xml"), CHAPTER_TWO.replace("WORD", "kappa"));
        BuildEvent.Built included = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(two), included.changed());
        assertBooksSay("kappa", out);

        Path image = images.resolve("point.jpg").toRealPath();
        save(image, CoverImages.jpeg(60, 40));
        BuildEvent.Built redrawn = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(image), redrawn.changed());

        // scratch files of editors, and a file that came and went, are no edit
        Files.writeString(book.resolve(".#book.xml"), "lock");
        Files.writeString(book.resolve("book.xml~"), "backup");
        Files.writeString(book.resolve("sedX4Yz9Q"), "sed -i writes a file of this kind, then renames it over its input");
        Files.delete(book.resolve("sedX4Yz9Q"));
        save(manuscript, manuscript("tau", true));
        BuildEvent.Built afterScratch = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(realManuscript), afterScratch.changed());
        assertBooksSay("tau", out);

        // the watcher's books after six builds are those a clean build of the same files writes
        Path clean = dir.resolve("clean");
        new Colophon(warnings::add, Colophon.Progress.silent()).build(manuscript, Colophon.Options.defaults(clean));
        for (String written : List.of("book.pdf", "book.epub")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(written)), Files.readAllBytes(out.resolve(written)), written);
        }

        Set<Thread> whileWatching = watchServiceThreads();
        watcher.stop();
        thread.join(TimeUnit.SECONDS.toMillis(WatchedEvents.TIMEOUT_SECONDS));
        assertFalse(thread.isAlive(), "run() returns once stopped");
        assertNoThreadLeft(whileWatching);
        assertEquals(List.of(), warnings.stream().filter(w -> w.severity() == Diagnostic.Severity.ERROR).toList());
    }

    @Test
    void booksAndALogWrittenIntoTheManuscriptsOwnFolderTriggerNoRebuild() throws Exception {
        Path manuscript = dir.resolve("book.xml");
        Files.writeString(manuscript, manuscript("alpha", false));
        Path log = Files.writeString(dir.resolve("watch.log"), ""); // as "colophon watch book.xml > watch.log" makes it
        start(manuscript, dir, logged(log));
        events.nextBuild(BuildEvent.Built.class);
        assertTrue(Files.isRegularFile(dir.resolve("book.pdf")));
        save(manuscript, manuscript("omicron", false));
        BuildEvent.Built edited = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(manuscript.toRealPath()), edited.changed(), "the edit, not the books nor the log");
        assertBooksSay("omicron", dir);
        save(manuscript, manuscript("sigma", false).replace("sigma.</p>", "sigma.</q>"));
        events.nextBuild(BuildEvent.Failed.class);
        save(manuscript, manuscript("sigma", false));
        BuildEvent.Built fixed = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(manuscript.toRealPath()), fixed.changed(), "after a failure too, the log is no edit");
    }

    @Test
    void aFirstBuildThatFailsIsWatchedUntilTheFileItLacksAppears() throws Exception {
        Path manuscript = dir.resolve("book.xml");
        Files.writeString(manuscript, MANUSCRIPT.replace("WORD", "alpha").replace("INCLUDE", "    <xi:include href=\"two.xml\"/>"));
        Path log = Files.writeString(dir.resolve("watch.log"), "");
        Path out = dir.resolve("out");
        start(manuscript, out, logged(log));
        BuildEvent.Failed failed = events.nextBuild(BuildEvent.Failed.class);
        assertEquals(12, failed.errors().get(0).line(), failed.errors().toString());
        assertFalse(Files.exists(out.resolve("book.pdf")));
        save(dir.resolve("two.xml"), CHAPTER_TWO.replace("WORD", "delta")
                .replace("<figure src=\"../images/point.jpg\" alt=\"Un point\"/>", ""));
        BuildEvent.Built built = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(dir.resolve("two.xml").toRealPath()), built.changed());
        assertBooksSay("delta", out);
    }

    /** The test's listener, which also appends each event to {@code log} as a console sent to a file would. */
    private Consumer<BuildEvent> logged(Path log) {
        return event -> {
            try {
                Files.writeString(log, event + "\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            events.accept(event);
        };
    }

    @Test
    void aStylesFileChangedOrAddedRebuilds() throws Exception {
        Path book = Files.createDirectories(dir.resolve("book"));
        Path manuscript = book.resolve("book.xml");
        Files.writeString(manuscript, manuscript("alpha", false));
        Path styles = Files.createDirectories(dir.resolve("styles"));
        Files.writeString(styles.resolve("epub.css"), "p { color: #111111; }\n");
        Path out = dir.resolve("out");
        threadsBefore = watchServiceThreads();
        watcher = new BookWatcher(new Colophon(warnings::add, Colophon.Progress.silent()), List.of(manuscript),
                cache -> Colophon.Options.builder(out).styles(Styles.fromDirectory(styles)).cache(cache).build(), events);
        thread = new Thread(watcher::run, "book-watcher-test");
        thread.start();
        BuildEvent.Built first = events.nextBuild(BuildEvent.Built.class);
        assertTrue(first.result().inputs().contains(styles.toAbsolutePath().normalize()), first.result().inputs().toString());
        assertTrue(epubStyleSheet(out).contains("#111111"));

        save(styles.resolve("epub.css"), "p { color: #222222; }\n");
        BuildEvent.Built restyled = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(styles.resolve("epub.css").toRealPath()), restyled.changed());
        assertTrue(epubStyleSheet(out).contains("#222222"));

        // a file in a new subfolder: the folder's creation rebuilds, and the folder is watched from then on
        Path layouts = Files.createDirectories(styles.resolve("layouts"));
        Path realLayouts = layouts.toRealPath();
        events.next(e -> e instanceof BuildEvent.Watching w && w.folders().contains(realLayouts));
        save(layouts.resolve("notes.txt"), "not a layout, but a file of the styles folder");
        Path notes = layouts.resolve("notes.txt").toRealPath();
        events.next(e -> e instanceof BuildEvent.Built b && b.changed().contains(notes));
    }

    @Test
    void twoBooksInOneFolderRebuildOnlyTheOneThatReadsTheChangedFile() throws Exception {
        Path first = dir.resolve("first.xml");
        Path second = dir.resolve("second.xml");
        Files.writeString(first, manuscript("alpha", false));
        Files.writeString(second, manuscript("beta", false));
        Path out = dir.resolve("out");
        threadsBefore = watchServiceThreads();
        watcher = new BookWatcher(new Colophon(warnings::add, Colophon.Progress.silent()), List.of(first, second),
                cache -> Colophon.Options.builder(out).cache(cache).build(), events);
        thread = new Thread(watcher::run, "book-watcher-test");
        thread.start();
        assertEquals(first, events.nextBuild(BuildEvent.Built.class).manuscript());
        assertEquals(second, events.nextBuild(BuildEvent.Built.class).manuscript());

        save(first, manuscript("gamma", false));
        BuildEvent.Built edited = events.nextBuild(BuildEvent.Built.class);
        assertEquals(first, edited.manuscript());
        save(second, manuscript("delta", false));
        BuildEvent.Built other = events.nextBuild(BuildEvent.Built.class);
        assertEquals(second, other.manuscript(), "the first edit rebuilt the first book only");
        assertEquals(List.of(second.toRealPath()), other.changed());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("second.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("delta"));
        }
    }

    private static String epubStyleSheet(Path out) throws IOException {
        return new String(EpubFiles.entries(out.resolve("book.epub")).get("EPUB/css/epub.css"), StandardCharsets.UTF_8);
    }

    @Test
    void aMarkdownBookRebuildsWhenOneOfItsChaptersChanges() throws Exception {
        Path book = dir.resolve("book.yaml");
        Files.writeString(book, "title: Watched\nlanguage: en\ndate: 2024-11-12\nchapters:\n  - chapters/one.md\n");
        Path one = Files.createDirectories(dir.resolve("chapters")).resolve("one.md");
        Files.writeString(one, "# One\n\nThe word is alpha.\n");
        Path out = dir.resolve("out");
        start(book, out);
        BuildEvent.Built first = events.nextBuild(BuildEvent.Built.class);
        assertTrue(first.result().inputs().contains(one.toRealPath()), first.result().inputs().toString());
        save(one, "# One\n\nThe word is omega.\n");
        BuildEvent.Built edited = events.nextBuild(BuildEvent.Built.class);
        assertEquals(List.of(one.toRealPath()), edited.changed());
        assertBooksSay("omega", out);
    }

    @Test
    void anInterruptEndsTheWatch() throws Exception {
        Path manuscript = dir.resolve("book.xml");
        Files.writeString(manuscript, manuscript("alpha", false));
        start(manuscript, dir.resolve("out"));
        events.nextBuild(BuildEvent.Built.class);
        Set<Thread> whileWatching = watchServiceThreads();
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(WatchedEvents.TIMEOUT_SECONDS));
        assertFalse(thread.isAlive());
        assertNoThreadLeft(whileWatching);
    }

    /**
     * Saves as careful editors do, writing aside (under a scratch name the watcher ignores)
     * and renaming into place: the watcher never sees a half-written file, even when a
     * loaded machine holds the test's thread between two writes for longer than the quiet
     * the watcher waits for.
     */
    private static void save(Path file, String text) throws IOException {
        save(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void save(Path file, byte[] bytes) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(aside, bytes);
        Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void assertBooksSay(String word, Path out) throws IOException {
        assertTrue(pdfText(out).contains(word), () -> "the PDF says " + word);
        StringBuilder pages = new StringBuilder();
        for (Map.Entry<String, byte[]> entry : EpubFiles.entries(out.resolve("book.epub")).entrySet()) {
            if (entry.getKey().endsWith(".xhtml")) {
                pages.append(new String(entry.getValue(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(pages.toString().contains(word), () -> "the EPUB says " + word);
    }

    private static String pdfText(Path out) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("book.pdf").toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** The JDK's name for the thread behind a watch service (sun.nio.fs.AbstractPoller). */
    private static final String WATCH_SERVICE_THREAD = "FileSystemWatchService";

    private static Set<Thread> watchServiceThreads() {
        Set<Thread> found = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(WATCH_SERVICE_THREAD)) {
                found.add(t);
            }
        }
        return found;
    }

    /** The thread behind the watcher's watch service, alive while it watches; waits for it to end. */
    private void assertNoThreadLeft(Set<Thread> whileWatching) throws InterruptedException {
        Set<Thread> ours = new HashSet<>(whileWatching);
        ours.removeAll(threadsBefore);
        assertEquals(1, ours.size(), () -> "one watch service thread started by the watcher: " + whileWatching);
        for (Thread t : ours) {
            t.join(TimeUnit.SECONDS.toMillis(WatchedEvents.TIMEOUT_SECONDS));
            assertFalse(t.isAlive(), "the watch service's thread ends with the watcher");
        }
    }
}
