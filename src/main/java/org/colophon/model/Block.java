package org.colophon.model;

import java.util.List;

/** A block of text inside a division: what an XHTML body holds between its headings. */
public sealed interface Block {

    /**
     * A paragraph.
     *
     * @param id    may be null
     * @param style null for an ordinary paragraph, otherwise a role the layouts style:
     *              {@code noindent}, {@code centered}, {@code right}, {@code trailer},
     *              {@code label}, {@code signature}, {@code salute}, {@code dateline}
     */
    record Paragraph(String id, String style, List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A titled section inside a chapter; sections nest. {@code level} is 1 for the outermost. */
    record Section(String id, int level, List<Inline> title, List<Block> blocks) implements Block {
        public Section {
            title = List.copyOf(title);
            blocks = List.copyOf(blocks);
        }
    }

    /** A block quotation; the attribution may be empty. */
    record BlockQuote(String id, String lang, List<Block> blocks, List<Inline> attribution) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
            attribution = List.copyOf(attribution);
        }
    }

    /** Verse: stanzas of lines. */
    record Verse(String id, String lang, List<Stanza> stanzas, List<Inline> attribution) implements Block {
        public Verse {
            stanzas = List.copyOf(stanzas);
            attribution = List.copyOf(attribution);
        }
    }

    record Stanza(List<VerseLine> lines) {
        public Stanza {
            lines = List.copyOf(lines);
        }
    }

    /** A line of verse; {@code indent} counts indentation steps (0 = flush). */
    record VerseLine(int indent, List<Inline> content) {
        public VerseLine {
            content = List.copyOf(content);
        }
    }

    /** An ordered or unordered list. {@code start} is the first number of an ordered list. */
    record ListBlock(String id, boolean ordered, int start, List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A figure. {@code src} is an {@link Asset#href()}, or null for a figure without an
     * image. {@code alt} is null only when {@code decorative} is true.
     */
    record Figure(String id, String src, String alt, boolean decorative, List<Inline> caption) implements Block {
        public Figure {
            caption = List.copyOf(caption);
        }
    }

    /** A break between scenes; {@code mark} is what is printed (e.g. "* * *"), or empty for white space. */
    record SceneBreak(String mark) implements Block {}

    /** Preformatted text, set line by line in a monospaced or fixed manner; never retouched. */
    record Preformatted(String id, String text) implements Block {}

    /**
     * A block of source code, set as written: never retouched by the typography pass.
     *
     * @param language the language it is written in, lower case ({@code java}, {@code xml}),
     *                 or null: the layouts highlight the languages they know
     * @param caption  empty for a code block that is not a numbered listing
     * @param text     the code, its lines separated by {@code \n}
     */
    record CodeBlock(String id, String language, LineNumbers lineNumbers, List<Inline> caption, String text)
            implements Block {
        public CodeBlock {
            caption = List.copyOf(caption);
        }
    }

    /** Whether a code block's lines are printed with their numbers. */
    enum LineNumbers { HIDDEN, SHOWN }
}
