package org.colophon.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.colophon.model.Book;
import org.colophon.pdf.TypesetFacts;
import org.colophon.reader.BookReader;
import org.colophon.typography.Typographer;

/**
 * What every book a test builds must satisfy, whatever the test is about: no word of the
 * book is lost. Every word of the model (after the typography pass: the characters both
 * books carry) is in the EPUB's text and in the PDF's, the flow in order and each note and
 * caption in order wherever it was set, ignoring white space and hyphens (a word broken at
 * a line end is still the word; a character no font has, which the PDF shows as "?" and
 * the report names, stands for itself); and no page of the PDF is empty but the blank
 * versos the page breaker leaves before a chapter's opening on a recto. Reads the books
 * back only: nothing is typeset again.
 */
public final class BookInvariants {

    private static final int CONTEXT = 60;
    /** The most letters one character a "?" stands for is matched against. */
    private static final int SHOWN_AS_ONE = 4;

    private BookInvariants() {
    }

    /**
     * The books of a build of {@code manuscript}, among {@code outputs} (a {@code .pdf}, an
     * {@code .epub}, either or both; a cover PDF and reports are left alone): the manuscript
     * is read again and its typography applied, which is cheap.
     */
    public static void checkBuild(Path manuscript, Collection<Path> outputs) {
        try {
            Book book = new Typographer().apply(new BookReader(d -> { }).read(manuscript));
            String base = baseName(manuscript);
            boolean any = false;
            for (Path out : outputs) {
                String name = out.getFileName().toString();
                if (name.equals(base + ".pdf")) {
                    checkPdf(book, Files.readAllBytes(out));
                    any = true;
                } else if (name.equals(base + ".epub")) {
                    checkEpub(book, EpubFiles.entries(out));
                    any = true;
                }
            }
            if (!any) {
                throw new AssertionError("no book of " + manuscript + " among " + outputs);
            }
        } catch (IOException | org.colophon.error.BuildException e) {
            throw new AssertionError("cannot check the books of " + manuscript + ": " + e, e);
        }
    }

    /** The books of a build of {@code manuscript} in {@code outDir}: its PDF, its EPUB, or both. */
    public static void checkBuild(Path manuscript, Path outDir) {
        String base = baseName(manuscript);
        List<Path> books = new ArrayList<>();
        for (String ext : List.of(".pdf", ".epub")) {
            Path book = outDir.resolve(base + ext);
            if (Files.isRegularFile(book)) {
                books.add(book);
            }
        }
        checkBuild(manuscript, books);
    }

    /** {@code book} (typeset model) against the PDF and the EPUB's entries; either may be null. */
    public static void check(Book book, byte[] pdf, Map<String, byte[]> epub) {
        if (pdf != null) {
            checkPdf(book, pdf);
        }
        if (epub != null) {
            checkEpub(book, epub);
        }
    }

    /** The EPUB holds every word of {@code book}. */
    public static void checkEpub(Book book, Map<String, byte[]> epub) {
        holdsEveryWord("the EPUB", BookWords.of(book), Letters.of(EpubText.of(epub)));
    }

    /** The PDF holds every word of {@code book}, and none of its pages is empty but blank versos. */
    public static void checkPdf(Book book, byte[] pdf) {
        checkPdf(book, pdf, null);
    }

    /**
     * As {@link #checkPdf(Book, byte[])}; with the typesetter's {@code facts}, the blank
     * pages must be exactly those the page breaker says it left blank.
     */
    public static void checkPdf(Book book, byte[] pdf, TypesetFacts facts) {
        PrintedPages printed;
        try {
            printed = PrintedPages.read(pdf);
        } catch (IOException e) {
            throw new AssertionError("the PDF cannot be read: " + e, e);
        }
        List<PrintedPages.Page> pages = printed.pages();
        if (pages.isEmpty()) {
            throw new AssertionError("the PDF has no page");
        }
        if (facts != null && facts.pages().size() != pages.size()) {
            throw new AssertionError("the PDF has " + pages.size() + " pages, the typesetter laid out "
                    + facts.pages().size());
        }
        List<String> empty = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            PrintedPages.Page page = pages.get(i);
            text.append(page.text()).append(' ');
            if (page.hasContent()) {
                if (facts != null && facts.pages().get(i).blank()) {
                    empty.add("page " + (i + 1) + " has content, but the page breaker says it left it blank");
                }
                continue;
            }
            boolean deliberate = facts != null ? facts.pages().get(i).blank()
                    : page.blank() && i % 2 == 1 && i + 1 < pages.size() && pages.get(i + 1).hasContent();
            if (!deliberate) {
                empty.add("page " + (i + 1) + (page.blank() ? " is blank" : " holds only \u201c"
                        + page.artifacts().strip() + "\u201d"));
            }
        }
        if (!empty.isEmpty()) {
            throw new AssertionError("the PDF has empty pages: " + String.join("; ", empty));
        }
        holdsEveryWord("the PDF", BookWords.of(book), Letters.of(text));
    }

    private static void holdsEveryWord(String where, BookWords words, String letters) {
        List<String> problems = new ArrayList<>();
        String flowProblem = inOrder(words.flow(), letters);
        if (flowProblem != null) {
            problems.add(flowProblem);
        }
        for (List<String> aside : words.asides()) {
            String p = inOrder(aside, letters);
            if (p != null) {
                problems.add("in a note or caption, " + p);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(where + " lacks words of the book (" + words.count() + " words): "
                    + String.join("\n", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? "\n… and " + (problems.size() - 5) + " more" : ""));
        }
    }

    /** Null when every word is found after the one before; else which was not, and where it was looked for. */
    private static String inOrder(List<String> words, String letters) {
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = Letters.of(words.get(i));
            int end = endOf(letters, w, at);
            if (end < 0) {
                String before = String.join(" ", words.subList(Math.max(0, i - 8), i));
                return "\u201c" + words.get(i) + "\u201d (word " + (i + 1) + ", after \u201c" + before
                        + "\u201d) is not found after \u201c"
                        + letters.substring(Math.max(0, at - CONTEXT), at) + "\u2038"
                        + letters.substring(at, Math.min(letters.length(), at + CONTEXT)) + "\u201d";
            }
            at = end;
        }
        return null;
    }

    /**
     * Where {@code word} first ends in {@code letters} from {@code from}, or -1. A character
     * no font has is shown as "?" (or U+FFFD) in the PDF, where the report and a warning
     * name it: there it stands for a character of the word (which compatibility
     * normalisation may have made up to {@link #SHOWN_AS_ONE} letters: an Arabic ligature),
     * and one shown for an invisible character (a format character, which {@link Letters}
     * leaves out) for none.
     */
    private static int endOf(String letters, String word, int from) {
        int found = letters.indexOf(word, from);
        if (found >= 0 || (letters.indexOf('?', from) < 0 && letters.indexOf('\uFFFD', from) < 0)) {
            return found < 0 ? -1 : found + word.length();
        }
        // the word as an automaton run over the text once: state i, its first i characters matched
        int[] w = word.codePoints().toArray();
        boolean[] states = new boolean[w.length + 1];
        boolean[] next = new boolean[w.length + 1];
        for (int p = from; p < letters.length(); ) {
            int c = letters.codePointAt(p);
            p += Character.charCount(c);
            boolean shown = c == '?' || c == '\uFFFD';
            states[0] = true; // the word may start here
            Arrays.fill(next, false);
            for (int i = 0; i <= w.length; i++) {
                if (!states[i]) {
                    continue;
                }
                if (i < w.length && c == w[i]) {
                    next[i + 1] = true;
                }
                if (shown) {
                    // what one "?" stood for may have become more letters in Letters' normal form
                    for (int k = i > 0 ? 0 : 1; k <= SHOWN_AS_ONE; k++) {
                        next[Math.min(i + k, w.length)] = true;
                    }
                }
            }
            if (next[w.length]) {
                return p;
            }
            boolean[] t = states;
            states = next;
            next = t;
        }
        return -1;
    }

    private static String baseName(Path manuscript) {
        String name = manuscript.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
