package org.colophon.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colophon.model.Block;
import org.colophon.model.Division;
import org.colophon.model.Inline;

/**
 * Which page holds which element id, so that a cross-reference in one chapter can point
 * into another chapter's file.
 */
final class IdLocator {

    private final Map<String, String> fileById = new HashMap<>();
    private final List<Inline.IndexTerm> indexTerms = new ArrayList<>();

    /** Records the ids of a division's own title and blocks (not its children) as living in {@code file}. */
    void addDivision(Division division, String file) {
        put(division.id(), file);
        inlines(division.title(), file);
        inlines(division.subtitle(), file);
        blocks(division.blocks(), file);
    }

    void put(String id, String file) {
        if (id != null && !id.isEmpty()) {
            fileById.putIfAbsent(id, file);
        }
    }

    /** The file name (e.g. {@code chapter-002.xhtml}) holding {@code id}, or null. */
    String fileOf(String id) {
        return fileById.get(id);
    }

    /** The book's index terms in the order the divisions were added (reading order). */
    List<Inline.IndexTerm> indexTerms() {
        return List.copyOf(indexTerms);
    }

    Iterable<String> ids() {
        return fileById.keySet();
    }

    private void blocks(List<Block> blocks, String file) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                put(p.id(), file);
                inlines(p.content(), file);
            } else if (b instanceof Block.Section s) {
                put(s.id(), file);
                inlines(s.title(), file);
                blocks(s.blocks(), file);
            } else if (b instanceof Block.BlockQuote q) {
                put(q.id(), file);
                blocks(q.blocks(), file);
                inlines(q.attribution(), file);
            } else if (b instanceof Block.Aside a) {
                put(a.id(), file);
                inlines(a.title(), file);
                blocks(a.blocks(), file);
            } else if (b instanceof Block.Verse v) {
                put(v.id(), file);
                for (Block.Stanza st : v.stanzas()) {
                    for (Block.VerseLine line : st.lines()) {
                        inlines(line.content(), file);
                    }
                }
                inlines(v.attribution(), file);
            } else if (b instanceof Block.ListBlock l) {
                put(l.id(), file);
                for (Block.ListItem item : l.items()) {
                    blocks(item.blocks(), file);
                }
            } else if (b instanceof Block.Figure f) {
                put(f.id(), file);
                inlines(f.caption(), file);
            } else if (b instanceof Block.Preformatted pre) {
                put(pre.id(), file);
            } else if (b instanceof Block.Table t) {
                put(t.id(), file);
                inlines(t.caption(), file);
                for (Block.TableRow row : t.allRows()) {
                    row.cells().forEach(cell -> blocks(cell.blocks(), file));
                }
            } else if (b instanceof Block.CodeBlock code) {
                put(code.id(), file);
                inlines(code.caption(), file);
            }
        }
    }

    private void inlines(List<Inline> inlines, String file) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Anchor a) {
                put(a.id(), file);
            } else if (i instanceof Inline.IndexTerm t) {
                put(t.id(), file);
                indexTerms.add(t);
            } else if (i instanceof Inline.Note n) {
                put(n.id(), file);
                blocks(n.content(), file);
            } else {
                List<Inline> children = Inlines.children(i);
                if (!children.isEmpty()) {
                    inlines(children, file);
                }
            }
        }
    }
}
