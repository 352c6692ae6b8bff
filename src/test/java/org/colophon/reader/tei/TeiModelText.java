package org.colophon.reader.tei;

import java.util.List;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;

/**
 * The text a reader of the book sees, flattened from the model for word counting: a
 * line end between blocks, lines of verse, footnotes and quotations (whose marks the
 * typography pass adds), as in the EPUB's XHTML. Alt text is not text.
 */
final class TeiModelText {

    private final StringBuilder sb = new StringBuilder();
    private final List<Block> allBlocks = new java.util.ArrayList<>();
    private final List<Inline> allInlines = new java.util.ArrayList<>();

    private TeiModelText() {
    }

    static String of(Book book) {
        TeiModelText t = new TeiModelText();
        t.divisions(book.frontMatter());
        t.divisions(book.body());
        t.divisions(book.backMatter());
        return t.sb.toString();
    }

    /** Every block of the book, nested ones included, in reading order. */
    static List<Block> blocksOf(Book book) {
        TeiModelText t = new TeiModelText();
        t.whole(book);
        return t.allBlocks;
    }

    /** Every inline of the book, nested ones included, in reading order. */
    static List<Inline> inlinesOf(Book book) {
        TeiModelText t = new TeiModelText();
        t.whole(book);
        return t.allInlines;
    }

    private void whole(Book book) {
        divisions(book.frontMatter());
        divisions(book.body());
        divisions(book.backMatter());
    }

    static long words(Book book) {
        return TeiWordCount.countWords(of(book));
    }

    private void divisions(List<Division> divisions) {
        for (Division d : divisions) {
            line(d.title());
            line(d.subtitle());
            blocks(d.blocks());
            divisions(d.children());
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            allBlocks.add(b);
            sb.append('\n');
            if (b instanceof Block.Paragraph p) {
                inlines(p.content());
            } else if (b instanceof Block.Section s) {
                line(s.title());
                blocks(s.blocks());
            } else if (b instanceof Block.BlockQuote q) {
                blocks(q.blocks());
                line(q.attribution());
            } else if (b instanceof Block.Verse v) {
                for (Block.Stanza s : v.stanzas()) {
                    for (Block.VerseLine l : s.lines()) {
                        line(l.content());
                    }
                }
                line(v.attribution());
            } else if (b instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    blocks(item.blocks());
                }
            } else if (b instanceof Block.Figure f) {
                line(f.caption());
            } else if (b instanceof Block.Table t) {
                line(t.caption());
                for (Block.TableRow row : t.allRows()) {
                    for (Block.TableCell cell : row.cells()) {
                        blocks(cell.blocks());
                    }
                }
            } else if (b instanceof Block.SceneBreak s) {
                sb.append(s.mark());
            } else if (b instanceof Block.Preformatted p) {
                sb.append(p.text());
            }
            sb.append('\n');
        }
    }

    private void line(List<Inline> content) {
        sb.append('\n');
        inlines(content);
        sb.append('\n');
    }

    private void inlines(List<Inline> content) {
        for (Inline i : content) {
            allInlines.add(i);
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Styled s) {
                inlines(s.content());
            } else if (i instanceof Inline.Foreign f) {
                inlines(f.content());
            } else if (i instanceof Inline.CrossRef r) {
                inlines(r.content());
            } else if (i instanceof Inline.Link l) {
                inlines(l.content());
            } else if (i instanceof Inline.Quote q) {
                sb.append(q.open() == null ? "\n" : q.open());
                inlines(q.content());
                sb.append(q.close() == null ? "\n" : q.close());
            } else if (i instanceof Inline.Note n) {
                sb.append('\n');
                blocks(n.content());
                sb.append('\n');
            } else if (i instanceof Inline.LineBreak) {
                sb.append('\n');
            }
        }
    }
}
