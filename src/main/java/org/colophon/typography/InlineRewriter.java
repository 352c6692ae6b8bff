package org.colophon.typography;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.colophon.model.Block;
import org.colophon.model.Inline;

/**
 * Rewrites one run of inlines (a paragraph, a title, a verse line) as a whole: flattens
 * its Text nodes into {@link Cells}, runs the two passes over them, and rebuilds the same
 * tree with the new text. A Text node may come back as several nodes when an ordinal
 * suffix is raised ({@code 1er} → {@code 1}, superscript {@code er}). Footnotes are
 * rewritten on their own, in the language in force where they are called.
 *
 * <p>Holds scratch buffers reused from paragraph to paragraph; one instance per book.
 */
final class InlineRewriter {

    /** Rewrites the blocks of a footnote; supplied by the block walker. */
    interface NoteRewriter {
        List<Block> rewrite(List<Block> blocks, Language language);
    }

    private final Cells flat = new Cells();
    private final Cells characters = new Cells();
    private final Cells spaced = new Cells();
    private final CharacterPass characterPass = new CharacterPass();
    private final SpacingPass spacingPass = new SpacingPass();
    private final NoteRewriter notes;
    private final Languages languages;

    InlineRewriter(NoteRewriter notes, Languages languages) {
        this.notes = notes;
        this.languages = languages;
    }


    /** What ends a phrase and takes the sentence's spacing. */
    private static final String SENTENCE_PUNCTUATION = ";:!?.,\u2026";

    List<Inline> rewrite(List<Inline> inlines, Language language) {
        if (inlines.isEmpty()) {
            return inlines;
        }
        Flattening flattening = new Flattening();
        flat.clear();
        flattening.flatten(inlines, language, 0, 0);
        flattening.sentencePunctuation();
        List<List<Inline>> nodes = runPasses(flattening.texts.size(), true);
        return new Rebuilding(nodes, flattening.quoteMarks).rebuild(inlines, language);
    }

    /** Plain text (a title in the metadata, an alt text): no superscripts are possible there. */
    String rewrite(String text, Language language) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        flat.clear();
        addText(normalize(text), 0, language, 0, 0);
        List<List<Inline>> nodes = runPasses(1, false);
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (Inline inline : nodes.get(0)) {
            sb.append(((Inline.Text) inline).text());
        }
        return sb.toString();
    }

    private List<List<Inline>> runPasses(int nodeCount, boolean superscriptAllowed) {
        characterPass.run(flat, characters);
        spacingPass.run(characters, spaced, superscriptAllowed);
        return split(spaced, nodeCount);
    }

    /** Groups cells back by the Text node that owns them: a node's cells are contiguous. */
    private static List<List<Inline>> split(Cells cells, int nodeCount) {
        List<List<Inline>> nodes = new ArrayList<>(nodeCount);
        for (int k = 0; k < nodeCount; k++) {
            nodes.add(new ArrayList<>(1));
        }
        StringBuilder run = new StringBuilder();
        int runNode = Cells.NO_NODE;
        boolean runRaised = false;
        for (int i = 0; i < cells.size; i++) {
            if (!cells.isReal(i)) {
                continue;
            }
            int node = cells.node[i];
            boolean raised = cells.is(i, Cells.NEW_SUPERSCRIPT);
            if (node != runNode || raised != runRaised) {
                flush(nodes, runNode, runRaised, run);
                runNode = node;
                runRaised = raised;
            }
            run.append(cells.ch[i]);
        }
        flush(nodes, runNode, runRaised, run);
        return nodes;
    }

    private static void flush(List<List<Inline>> nodes, int node, boolean raised, StringBuilder run) {
        if (node == Cells.NO_NODE || run.length() == 0) {
            return;
        }
        Inline.Text text = new Inline.Text(run.toString());
        nodes.get(node).add(raised ? new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(text)) : text);
        run.setLength(0);
    }

    private static String normalize(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private void addText(String text, int node, Language language, int flags, int depth) {
        for (int k = 0; k < text.length(); k++) {
            flat.add(text.charAt(k), node, language, flags, depth);
        }
    }

    private void addVirtual(String marks, Language language, int flags, int depth) {
        for (int k = 0; k < marks.length(); k++) {
            flat.add(marks.charAt(k), Cells.NO_NODE, language, Cells.VIRTUAL | flags, depth);
        }
    }

    /** Walks the tree in document order, numbering Text nodes and choosing quotation marks. */
    private final class Flattening {
        final List<Inline.Text> texts = new ArrayList<>();
        final List<String[]> quoteMarks = new ArrayList<>();
        final List<int[]> foreignPhrases = new ArrayList<>(); // {first cell, end}, innermost first
        final List<Language> sentenceLanguages = new ArrayList<>();

        /**
         * The punctuation that ends a foreign phrase, and the spaces before it, belong to
         * the sentence around it: "— Caramba ! s'écria-t-il" takes the French space before
         * "!" though "Caramba !" is marked Spanish. Not a phrase that is the whole run: the
         * sentence is then the foreign one.
         */
        void sentencePunctuation() {
            for (int k = 0; k < foreignPhrases.size(); k++) {
                int from = foreignPhrases.get(k)[0];
                int to = foreignPhrases.get(k)[1];
                if (!hasWords(0, from) && !hasWords(to, flat.size)) {
                    continue;
                }
                for (int i = to - 1; i >= from; i--) {
                    char c = flat.ch[i];
                    if (!flat.isReal(i) || SENTENCE_PUNCTUATION.indexOf(c) < 0 && !Chars.isSpace(c)) {
                        break;
                    }
                    flat.lang[i] = sentenceLanguages.get(k);
                }
            }
        }

        private boolean hasWords(int from, int to) {
            for (int i = from; i < to; i++) {
                if (Chars.isLetterOrDigit(flat.ch[i])) {
                    return true;
                }
            }
            return false;
        }

        void flatten(List<Inline> inlines, Language language, int depth, int flags) {
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text t) {
                    addText(normalize(t.text()), texts.size(), language, flags, depth);
                    texts.add(t);
                } else if (inline instanceof Inline.Styled s) {
                    boolean script = s.style() == Inline.Style.SUPERSCRIPT || s.style() == Inline.Style.SUBSCRIPT;
                    flatten(s.content(), language, depth, script ? flags | Cells.SCRIPT : flags);
                } else if (inline instanceof Inline.Quote q) {
                    String open = q.open() != null ? q.open() : language.quoteOpen(depth);
                    String close = q.close() != null ? q.close() : language.quoteClose(depth);
                    quoteMarks.add(new String[] {open, close});
                    addVirtual(open, language, Cells.QUOTE_OPENING, depth);
                    flatten(q.content(), language, depth + 1, flags);
                    addVirtual(close, language, 0, depth);
                } else if (inline instanceof Inline.Foreign f) {
                    int from = flat.size;
                    flatten(f.content(), languages.of(f.lang(), language), depth, flags);
                    foreignPhrases.add(new int[] {from, flat.size});
                    sentenceLanguages.add(language);
                } else if (inline instanceof Inline.Link l) {
                    // a link that shows its own address shows it exactly
                    boolean showsAddress = l.content().size() == 1 && l.content().get(0) instanceof Inline.Text t
                            && l.href() != null && l.href().endsWith(t.text()) && looksLikeAddress(t.text());
                    flatten(l.content(), language, depth, showsAddress ? flags | Cells.PROTECTED : flags);
                } else if (inline instanceof Inline.CrossRef r) {
                    flatten(r.content(), language, depth, flags);
                } else if (inline instanceof Inline.LineBreak) {
                    addVirtual("\n", language, Cells.LINE_BREAK, depth);
                } else if (inline instanceof Inline.Code c) {
                    // seen by its neighbours (a French space before « ; » after it), never rewritten
                    addVirtual(c.text(), language, Cells.PROTECTED, depth);
                }
                // a Note is rewritten apart and, like an Anchor, leaves no trace in the running text
            }
        }
    }

    private static boolean looksLikeAddress(String text) {
        return text.indexOf('.') >= 0 || text.indexOf('/') >= 0 || text.indexOf('@') >= 0;
    }

    /** Walks the tree again in the same order, putting the rewritten text in place. */
    private final class Rebuilding {
        private final List<List<Inline>> nodes;
        private final List<String[]> quoteMarks;
        private int nextNode;
        private int nextQuote;

        Rebuilding(List<List<Inline>> nodes, List<String[]> quoteMarks) {
            this.nodes = nodes;
            this.quoteMarks = quoteMarks;
        }

        List<Inline> rebuild(List<Inline> inlines, Language language) {
            List<Inline> out = new ArrayList<>(inlines.size() + 2);
            for (Inline inline : inlines) {
                if (inline instanceof Inline.Text) {
                    out.addAll(nodes.get(nextNode++));
                } else if (inline instanceof Inline.Styled s) {
                    out.add(new Inline.Styled(s.style(), rebuild(s.content(), language)));
                } else if (inline instanceof Inline.Quote q) {
                    String[] marks = quoteMarks.get(nextQuote++);
                    out.add(new Inline.Quote(marks[0], marks[1], rebuild(q.content(), language)));
                } else if (inline instanceof Inline.Foreign f) {
                    out.add(new Inline.Foreign(f.lang(), rebuild(f.content(), languages.of(f.lang(), language))));
                } else if (inline instanceof Inline.Link l) {
                    out.add(new Inline.Link(l.href(), rebuild(l.content(), language)));
                } else if (inline instanceof Inline.CrossRef r) {
                    out.add(r.withContent(rebuild(r.content(), language)));
                } else if (inline instanceof Inline.Note note) {
                    // the scratch buffers are free again: this paragraph's cells are all read
                    out.add(new Inline.Note(note.id(), notes.rewrite(note.content(), language)));
                } else {
                    out.add(inline);
                }
            }
            return out;
        }
    }
}
