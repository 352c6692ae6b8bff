package org.colophon.testing;

import java.util.ArrayList;
import java.util.List;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;

/**
 * The words of a book's model, as passages that a reader meets in order: the flow (titles,
 * paragraphs, quotations, verse, lists, code, in reading order) and the asides, notes and
 * figure captions, which either book may set elsewhere than where they are called (at the
 * foot of a page, at the end of a chapter, with a figure moved to the next page). Metadata
 * is left out, the layouts print it as they like; so are the marks of scene breaks, which
 * the tagged PDF draws as decoration (artifacts).
 *
 * @param flow   the words of the flow, in order
 * @param asides each note and caption, its words in order
 */
public record BookWords(List<String> flow, List<List<String>> asides) {

    public BookWords {
        flow = List.copyOf(flow);
        asides = List.copyOf(asides);
    }

    public static BookWords of(Book book) {
        Collector c = new Collector();
        for (List<Division> part : List.of(book.frontMatter(), book.body(), book.backMatter())) {
            for (Division d : part) {
                c.division(d);
            }
        }
        return new BookWords(c.flow, c.asides);
    }

    /** How many words in all. */
    public int count() {
        return flow.size() + asides.stream().mapToInt(List::size).sum();
    }

    private static final class Collector {
        final List<String> flow = new ArrayList<>();
        final List<List<String>> asides = new ArrayList<>();

        void division(Division d) {
            inlines(d.title(), flow);
            inlines(d.subtitle(), flow);
            blocks(d.blocks(), flow);
            for (Division child : d.children()) {
                division(child);
            }
        }

        void blocks(List<Block> blocks, List<String> out) {
            for (Block b : blocks) {
                block(b, out);
            }
        }

        void block(Block b, List<String> out) {
            if (b instanceof Block.Paragraph p) {
                inlines(p.content(), out);
            } else if (b instanceof Block.Section s) {
                inlines(s.title(), out);
                blocks(s.blocks(), out);
            } else if (b instanceof Block.BlockQuote q) {
                blocks(q.blocks(), out);
                inlines(q.attribution(), out);
            } else if (b instanceof Block.Aside a) {
                inlines(a.title(), out);
                blocks(a.blocks(), out);
            } else if (b instanceof Block.Verse v) {
                for (Block.Stanza stanza : v.stanzas()) {
                    for (Block.VerseLine line : stanza.lines()) {
                        inlines(line.content(), out);
                    }
                }
                inlines(v.attribution(), out);
            } else if (b instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    blocks(item.blocks(), out);
                }
            } else if (b instanceof Block.Figure f) {
                List<String> caption = new ArrayList<>();
                inlines(f.caption(), caption);
                aside(caption);
            } else if (b instanceof Block.Preformatted pre) {
                words(pre.text(), out);
            } else if (b instanceof Block.Table t) {
                List<String> caption = new ArrayList<>();
                inlines(t.caption(), caption);
                aside(caption);
                for (Block.TableRow row : t.allRows()) {
                    for (Block.TableCell cell : row.cells()) {
                        blocks(cell.blocks(), out);
                    }
                }
            }
        }

        void inlines(List<Inline> inlines, List<String> out) {
            // words run on across inline elements ("H", "2", "O"): text is joined, then split
            StringBuilder text = new StringBuilder();
            inline(inlines, text);
            words(text.toString(), out);
        }

        private void inline(List<Inline> inlines, StringBuilder text) {
            for (Inline i : inlines) {
                if (i instanceof Inline.Text t) {
                    text.append(t.text());
                } else if (i instanceof Inline.Styled s) {
                    inline(s.content(), text);
                } else if (i instanceof Inline.Quote q) {
                    text.append(' ');
                    inline(q.content(), text); // the marks are the layouts' (and the language's)
                    text.append(' ');
                } else if (i instanceof Inline.Foreign f) {
                    inline(f.content(), text);
                } else if (i instanceof Inline.CrossRef r) {
                    inline(r.content(), text);
                } else if (i instanceof Inline.Link l) {
                    inline(l.content(), text);
                } else if (i instanceof Inline.LineBreak) {
                    text.append(' ');
                } else if (i instanceof Inline.Note n) {
                    // the call's number is the layouts'; the note's words are an aside
                    text.append(' ');
                    List<String> note = new ArrayList<>();
                    blocks(n.content(), note);
                    aside(note);
                }
            }
        }

        private void aside(List<String> words) {
            if (!words.isEmpty()) {
                asides.add(words);
            }
        }

        private static void words(String text, List<String> out) {
            if (text == null) {
                return;
            }
            for (String w : text.split("[\\s\\u00A0\\u2007\\u202F]+")) {
                if (!Letters.of(w).isEmpty()) {
                    out.add(w);
                }
            }
        }
    }
}
