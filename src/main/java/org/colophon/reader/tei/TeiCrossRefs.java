package org.colophon.reader.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.colophon.model.Block;
import org.colophon.model.Division;
import org.colophon.model.Inline;

/**
 * Turns cross-references whose target did not become an id in the book (it pointed at
 * a {@code hi} or at a paragraph that became a line of verse) back into plain content,
 * because a link to a missing id is an error in an EPUB.
 */
final class TeiCrossRefs {

    private final Predicate<String> exists;

    private TeiCrossRefs(Predicate<String> exists) {
        this.exists = exists;
    }

    static List<Division> unlinkDangling(List<Division> divisions, Predicate<String> exists) {
        return new TeiCrossRefs(exists).divisions(divisions);
    }

    private List<Division> divisions(List<Division> in) {
        List<Division> out = new ArrayList<>(in.size());
        for (Division d : in) {
            out.add(d.withContent(inlines(d.title()), inlines(d.subtitle()), blocks(d.blocks()), divisions(d.children())));
        }
        return out;
    }

    private List<Block> blocks(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (Block b : in) {
            out.add(block(b));
        }
        return out;
    }

    private Block block(Block b) {
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(p.id(), p.style(), inlines(p.content()));
        }
        if (b instanceof Block.Section s) {
            return new Block.Section(s.id(), s.level(), inlines(s.title()), blocks(s.blocks()));
        }
        if (b instanceof Block.BlockQuote q) {
            return new Block.BlockQuote(q.id(), q.lang(), blocks(q.blocks()), inlines(q.attribution()));
        }
        if (b instanceof Block.Verse v) {
            List<Block.Stanza> stanzas = new ArrayList<>();
            for (Block.Stanza s : v.stanzas()) {
                List<Block.VerseLine> lines = new ArrayList<>();
                for (Block.VerseLine l : s.lines()) {
                    lines.add(new Block.VerseLine(l.indent(), inlines(l.content())));
                }
                stanzas.add(new Block.Stanza(lines));
            }
            return new Block.Verse(v.id(), v.lang(), stanzas, inlines(v.attribution()));
        }
        if (b instanceof Block.ListBlock l) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Block.ListItem item : l.items()) {
                items.add(new Block.ListItem(blocks(item.blocks())));
            }
            return new Block.ListBlock(l.id(), l.ordered(), l.start(), items);
        }
        if (b instanceof Block.Figure f) {
            return f.withText(f.alt(), inlines(f.caption()));
        }
        if (b instanceof Block.Table t) {
            return t.map(this::inlines, this::blocks);
        }
        return b;
    }

    private List<Inline> inlines(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline i : in) {
            if (i instanceof Inline.CrossRef r) {
                if (exists.test(r.target())) {
                    out.add(r.withContent(inlines(r.content())));
                } else {
                    out.addAll(inlines(r.content()));
                }
            } else if (i instanceof Inline.Styled s) {
                out.add(new Inline.Styled(s.style(), inlines(s.content())));
            } else if (i instanceof Inline.Quote q) {
                out.add(new Inline.Quote(q.open(), q.close(), inlines(q.content())));
            } else if (i instanceof Inline.Foreign f) {
                out.add(new Inline.Foreign(f.lang(), inlines(f.content())));
            } else if (i instanceof Inline.Link l) {
                out.add(new Inline.Link(l.href(), inlines(l.content())));
            } else if (i instanceof Inline.Note n) {
                out.add(new Inline.Note(n.id(), blocks(n.content())));
            } else {
                out.add(i);
            }
        }
        return out;
    }
}
