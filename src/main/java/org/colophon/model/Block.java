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
     *
     * @param width     the printed width the manuscript asks for, or null for the image's own
     *                  (either way no wider than the measure, no taller than the text block)
     * @param placement whether the figure may move to the next page while the text goes on
     */
    record Figure(String id, String src, String alt, boolean decorative, List<Inline> caption,
                  FigureWidth width, Placement placement) implements Block {
        public Figure {
            caption = List.copyOf(caption);
            if (placement == null) {
                throw new IllegalArgumentException("a figure has a placement");
            }
        }

        /** A figure of its image's own size, floating. */
        public Figure(String id, String src, String alt, boolean decorative, List<Inline> caption) {
            this(id, src, alt, decorative, caption, null, Placement.FLOAT);
        }

        /** The same figure with its words rewritten (the typography pass, resolved references). */
        public Figure withText(String alt, List<Inline> caption) {
            return new Figure(id, src, alt, decorative, caption, width, placement);
        }
    }

    /** Where a figure goes when it does not fit in the rest of its page. */
    enum Placement {
        /** To the top of the next page, the text going on below where it was called (the default). */
        FLOAT,
        /** Nowhere else: the page ends before it, and it opens the next one. */
        HERE
    }

    /** A break between scenes; {@code mark} is what is printed (e.g. "* * *"), or empty for white space. */
    record SceneBreak(String mark) implements Block {}

    /** Preformatted text, set line by line in a monospaced or fixed manner; never retouched. */
    record Preformatted(String id, String text) implements Block {}
}
