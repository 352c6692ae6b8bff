package org.colophon.typography;

import java.util.ArrayList;
import java.util.List;

import org.colophon.model.Block;
import org.colophon.model.Division;
import org.colophon.model.Inline;

/**
 * Walks divisions and blocks, carrying the language in force down the tree and handing
 * each run of inlines to the {@link InlineRewriter}. Preformatted text and scene-break
 * marks are left as they are.
 */
final class BlockRewriter {

    private final Languages languages;
    private final InlineRewriter inlines;

    private final TypesetDivisions cache; // null: none kept

    BlockRewriter(Languages languages) {
        this(languages, null);
    }

    BlockRewriter(Languages languages, TypesetDivisions cache) {
        this.languages = languages;
        this.cache = cache;
        this.inlines = new InlineRewriter(this::blocks, languages);
    }

    List<Division> divisions(List<Division> divisions, Language language) {
        List<Division> out = new ArrayList<>(divisions.size());
        for (Division d : divisions) {
            Language own = languages.of(d.lang(), language);
            Division known = cache == null ? null : cache.get(d, own.tag());
            if (known != null) {
                keepUsed(d.children(), known.children(), own);
                out.add(known);
                continue;
            }
            Division rewritten = d.withContent(
                    inlines(d.title(), own),
                    inlines(d.subtitle(), own),
                    blocks(d.blocks(), own),
                    divisions(d.children(), own));
            if (cache != null) {
                cache.put(d, own.tag(), rewritten);
            }
            out.add(rewritten);
        }
        return out;
    }

    /** Keeps the subdivisions of a division taken from the cache, for a later edit of another of them. */
    private void keepUsed(List<Division> read, List<Division> rewritten, Language language) {
        for (int i = 0; i < read.size(); i++) {
            Division d = read.get(i);
            Language own = languages.of(d.lang(), language);
            cache.keep(d, own.tag(), rewritten.get(i));
            keepUsed(d.children(), rewritten.get(i).children(), own);
        }
    }

    List<Block> blocks(List<Block> blocks, Language language) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(block(b, language));
        }
        return out;
    }

    List<Inline> inlines(List<Inline> content, Language language) {
        return inlines.rewrite(content, language);
    }

    String text(String text, Language language) {
        return inlines.rewrite(text, language);
    }

    private Block block(Block block, Language language) {
        if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph(p.id(), p.style(), inlines(p.content(), language));
        }
        if (block instanceof Block.Section s) {
            return new Block.Section(s.id(), s.level(), inlines(s.title(), language), blocks(s.blocks(), language));
        }
        if (block instanceof Block.BlockQuote q) {
            Language own = languages.of(q.lang(), language);
            return new Block.BlockQuote(q.id(), q.lang(), blocks(q.blocks(), own), inlines(q.attribution(), own));
        }
        if (block instanceof Block.Aside a) {
            return new Block.Aside(a.id(), a.kind(), inlines(a.title(), language), blocks(a.blocks(), language));
        }
        if (block instanceof Block.Verse v) {
            Language own = languages.of(v.lang(), language);
            List<Block.Stanza> stanzas = new ArrayList<>(v.stanzas().size());
            for (Block.Stanza stanza : v.stanzas()) {
                List<Block.VerseLine> lines = new ArrayList<>(stanza.lines().size());
                for (Block.VerseLine line : stanza.lines()) {
                    lines.add(new Block.VerseLine(line.indent(), inlines(line.content(), own)));
                }
                stanzas.add(new Block.Stanza(lines));
            }
            return new Block.Verse(v.id(), v.lang(), stanzas, inlines(v.attribution(), own));
        }
        if (block instanceof Block.ListBlock l) {
            List<Block.ListItem> items = new ArrayList<>(l.items().size());
            for (Block.ListItem item : l.items()) {
                items.add(new Block.ListItem(blocks(item.blocks(), language)));
            }
            return new Block.ListBlock(l.id(), l.ordered(), l.start(), items);
        }
        if (block instanceof Block.Figure f) {
            return f.withText(text(f.alt(), language), inlines(f.caption(), language));
        }
        if (block instanceof Block.Table t) {
            // a cell's own language is carried by a Foreign around its text, as a paragraph's
            return t.map(content -> inlines(content, language), content -> blocks(content, language));
        }
        if (block instanceof Block.CodeBlock c && !c.caption().isEmpty()) {
            // the caption is prose; the code itself is never retouched
            return new Block.CodeBlock(c.id(), c.language(), c.lineNumbers(), inlines(c.caption(), language), c.text());
        }
        // SceneBreak marks are ornaments, Preformatted text is never retouched
        return block;
    }
}
