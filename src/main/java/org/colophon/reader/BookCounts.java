package org.colophon.reader;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.colophon.error.BuildException;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;

/**
 * Counts, on the book the format's reader made, what {@link ReadLimits} bounds only there,
 * since only that reader knows which of its elements become what (a TEI div in a
 * chapter's flow is a section, a {@code <ref>} may be a note's call): divisions, and
 * notes, cross-references and links. Walked without recursion, as deep as the model goes.
 */
final class BookCounts {

    private int divisions;
    private int links;

    private BookCounts() {
    }

    /** The book, unless it holds more than the limits allow. */
    static Book check(Book book, String shownAs) throws BuildException {
        BookCounts counts = new BookCounts();
        counts.count(book);
        if (counts.divisions > ReadLimits.MAX_DIVISIONS) {
            throw new BuildException(shownAs, 0, 0, String.format(Locale.ROOT, "the book has %,d divisions (parts,"
                    + " chapters and the like); Colophon makes at most %,d, each a page of its own in both books and"
                    + " a file in the EPUB: make the short ones sections of a chapter, or split the book into volumes",
                    counts.divisions, ReadLimits.MAX_DIVISIONS));
        }
        if (counts.links > ReadLimits.MAX_LINKS) {
            throw new BuildException(shownAs, 0, 0, String.format(Locale.ROOT, "the book's notes, cross-references"
                    + " and links make %,d links in the PDF (a note makes two: its call and the way back); Colophon"
                    + " makes at most %,d, held in memory while the PDF is written: split the book into volumes",
                    counts.links, ReadLimits.MAX_LINKS));
        }
        return book;
    }

    private void count(Book book) {
        Deque<Object> pending = new ArrayDeque<>();
        pending.addAll(book.frontMatter());
        pending.addAll(book.body());
        pending.addAll(book.backMatter());
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof Division d) {
                divisions++;
                pending.addAll(d.title());
                pending.addAll(d.subtitle());
                pending.addAll(d.blocks());
                pending.addAll(d.children());
            } else if (next instanceof Block b) {
                block(b, pending);
            } else if (next instanceof Block.Stanza s) {
                s.lines().forEach(line -> pending.addAll(line.content()));
            } else if (next instanceof Block.ListItem item) {
                pending.addAll(item.blocks());
            } else if (next instanceof Inline i) {
                inline(i, pending);
            }
        }
    }

    private static void block(Block b, Deque<Object> pending) {
        if (b instanceof Block.Paragraph p) {
            pending.addAll(p.content());
        } else if (b instanceof Block.Section s) {
            pending.addAll(s.title());
            pending.addAll(s.blocks());
        } else if (b instanceof Block.BlockQuote q) {
            pending.addAll(q.blocks());
            pending.addAll(q.attribution());
        } else if (b instanceof Block.Aside a) {
            pending.addAll(a.title());
            pending.addAll(a.blocks());
        } else if (b instanceof Block.Verse v) {
            pending.addAll(v.stanzas());
            pending.addAll(v.attribution());
        } else if (b instanceof Block.ListBlock l) {
            pending.addAll(l.items());
        } else if (b instanceof Block.Figure f) {
            pending.addAll(f.caption());
        } else if (b instanceof Block.Table t) {
            pending.addAll(t.caption());
            for (Block.TableRow row : t.allRows()) {
                row.cells().forEach(cell -> pending.addAll(cell.blocks()));
            }
        } else if (b instanceof Block.CodeBlock c) {
            pending.addAll(c.caption());
        }
    }

    private void inline(Inline i, Deque<Object> pending) {
        if (i instanceof Inline.Styled s) {
            pending.addAll(s.content());
        } else if (i instanceof Inline.Quote q) {
            pending.addAll(q.content());
        } else if (i instanceof Inline.Foreign f) {
            pending.addAll(f.content());
        } else if (i instanceof Inline.Note n) {
            links += 2; // its call, and the way back
            pending.addAll(n.content());
        } else if (i instanceof Inline.CrossRef r) {
            links++;
            pending.addAll(r.content());
        } else if (i instanceof Inline.Link l) {
            links++;
            pending.addAll(l.content());
        }
    }
}
