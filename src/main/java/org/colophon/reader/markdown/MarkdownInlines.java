package org.colophon.reader.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colophon.error.BuildException;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.colophon.reader.IdAllocator;
import org.colophon.reader.LanguageTags;
import org.colophon.reader.ReadBudget;
import org.colophon.reader.ReadLimits;
import org.colophon.reader.XmlSource;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Markdown's inline nodes onto the model's {@link Inline}s: text, emphasis, code spans,
 * line breaks, links (outside ones and {@code #id} cross-references), footnotes and the
 * accepted raw HTML ({@link RawHtml}). Smart punctuation is left to the typography pass.
 */
final class MarkdownInlines {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    /** How a footnote's blocks are read: by the block converter, which reads notes' paragraphs with this. */
    interface NoteBlocks {
        List<Block> of(Node container, int depth) throws BuildException;
    }

    /** A cross-reference to check once every id of the book is known. */
    record Reference(String target, XmlSource.Location at) {}

    private final SourceText source;
    private final ReadBudget budget;
    private final IdAllocator ids;
    private final List<Reference> references;
    private final List<FootnoteDefinition> notesCalled;
    private NoteBlocks noteBlocks;
    private boolean inNote;
    private long paragraphCharacters;

    MarkdownInlines(SourceText source, ReadBudget budget, IdAllocator ids, List<Reference> references,
                    List<FootnoteDefinition> notesCalled) {
        this.source = source;
        this.budget = budget;
        this.ids = ids;
        this.references = references;
        this.notesCalled = notesCalled;
    }

    void readNotesWith(NoteBlocks blocks) {
        this.noteBlocks = blocks;
    }

    /** An open {@code <sup>}, {@code <sub>} or {@code <span lang>} and what it holds so far. */
    private record Open(RawHtml tag, Node at, List<Inline> content) {}

    /**
     * The children of {@code parent}, a paragraph, a heading or a table cell, as inlines:
     * held to the paragraph's and the book's limits of characters ({@link ReadLimits}).
     */
    List<Inline> paragraph(Node parent, int depth) throws BuildException {
        long outer = paragraphCharacters; // a note's paragraph is one of its own
        paragraphCharacters = 0;
        try {
            return of(parent, depth);
        } finally {
            paragraphCharacters = outer;
        }
    }

    /** Counts {@code text} of a paragraph or a code block against the limits, at {@code at}. */
    String counted(String text, Node at) throws BuildException {
        paragraphCharacters += text.length();
        if (paragraphCharacters > ReadLimits.MAX_PARAGRAPH_CHARACTERS) {
            throw source.error(at, String.format(Locale.ROOT, "this paragraph runs on for more than %,d characters;"
                    + " Colophon sets paragraphs of at most that length (about 400 printed pages): split it",
                    ReadLimits.MAX_PARAGRAPH_CHARACTERS));
        }
        if (!budget.takeCharacters(text.length())) {
            throw source.error(at, String.format(Locale.ROOT, "the book's text runs past %,d characters here;"
                    + " Colophon sets books of at most that length (about 2,000 printed pages): split it into volumes",
                    ReadLimits.MAX_BOOK_CHARACTERS));
        }
        return text;
    }

    /** The children of {@code parent} as inlines. */
    private List<Inline> of(Node parent, int depth) throws BuildException {
        source.checkDepth(parent, depth);
        List<Inline> out = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            List<Inline> into = open.isEmpty() ? out : open.peek().content();
            if (n instanceof HtmlInline html) {
                RawHtml tag = RawHtml.of(html.getLiteral());
                if (tag == null) {
                    throw source.error(n, "raw HTML " + shortened(html.getLiteral()) + " is refused; Colophon reads only "
                            + RawHtml.ACCEPTED + " (write the rest in Markdown)");
                }
                if (tag.name().equals("br")) {
                    into.add(new Inline.LineBreak());
                } else if (!tag.close()) {
                    open.push(new Open(tag, n, new ArrayList<>()));
                } else {
                    if (open.isEmpty() || !open.peek().tag().name().equals(tag.name())) {
                        throw source.error(n, "</" + tag.name() + "> closes nothing"
                                + (open.isEmpty() ? "" : "; expected </" + open.peek().tag().name() + "> first"));
                    }
                    Open done = open.pop();
                    (open.isEmpty() ? out : open.peek().content()).add(wrap(done));
                }
            } else {
                into.add(inline(n, depth + 1));
            }
        }
        if (!open.isEmpty()) {
            throw source.error(open.peek().at(), "<" + open.peek().tag().name() + "> is never closed; expected </"
                    + open.peek().tag().name() + "> in the same paragraph");
        }
        return out;
    }

    private static Inline wrap(Open done) {
        return switch (done.tag().name()) {
            case "sup" -> new Inline.Styled(Inline.Style.SUPERSCRIPT, done.content());
            case "sub" -> new Inline.Styled(Inline.Style.SUBSCRIPT, done.content());
            default -> new Inline.Foreign(LanguageTags.canonical(done.tag().lang()), done.content());
        };
    }

    private Inline inline(Node n, int depth) throws BuildException {
        if (n instanceof Text t) {
            return new Inline.Text(counted(t.getLiteral(), n));
        }
        if (n instanceof SoftLineBreak) {
            return new Inline.Text(" ");
        }
        if (n instanceof HardLineBreak) {
            return new Inline.LineBreak();
        }
        if (n instanceof Emphasis) {
            return new Inline.Styled(Inline.Style.EMPHASIS, of(n, depth));
        }
        if (n instanceof StrongEmphasis) {
            return new Inline.Styled(Inline.Style.STRONG, of(n, depth));
        }
        if (n instanceof Code c) {
            return new Inline.Code(Inline.CodeKind.CODE, counted(c.getLiteral(), n));
        }
        if (n instanceof Link link) {
            return link(link, depth);
        }
        if (n instanceof Image) {
            throw source.error(n, "an image stands in running text; expected it alone in its paragraph, where it"
                    + " makes a figure (its alt text, and its title as the caption)");
        }
        if (n instanceof FootnoteReference ref) {
            FootnoteDefinition definition = source.footnote(ref.getLabel());
            if (definition == null) {
                throw source.error(n, "the note [^" + ref.getLabel() + "] is never written; expected a line"
                        + " '[^" + ref.getLabel() + "]: its text'");
            }
            notesCalled.add(definition);
            return note(n, () -> noteBlocks.of(definition, depth));
        }
        if (n instanceof InlineFootnote) {
            return note(n, () -> List.of(new Block.Paragraph(null, null, paragraph(n, depth))));
        }
        throw source.error(n, "Colophon does not read this Markdown (" + n.getClass().getSimpleName() + ") here");
    }

    private interface Content {
        List<Block> get() throws BuildException;
    }

    private Inline note(Node n, Content content) throws BuildException {
        if (inNote) {
            throw source.error(n, "a note is called inside a note; a footnote cannot hold another");
        }
        inNote = true;
        try {
            return new Inline.Note(ids.idFor(null, "note"), content.get());
        } finally {
            inNote = false;
        }
    }

    /** {@code #id} (or {@code chapter.md#id}) is a cross-reference; http, https and mailto an outside link. */
    private Inline link(Link link, int depth) throws BuildException {
        String href = link.getDestination();
        List<Inline> content = of(link, depth);
        int hash = href.indexOf('#');
        if (hash >= 0 && (hash == 0 || href.substring(0, hash).toLowerCase(Locale.ROOT).endsWith(".md"))) {
            String target = href.substring(hash + 1);
            if (target.isEmpty()) {
                throw source.error(link, "the link '" + href + "' names no id; expected #id, the id of a heading");
            }
            references.add(new Reference(target, source.at(link)));
            return new Inline.CrossRef(target, content);
        }
        String scheme;
        try {
            scheme = new URI(href).getScheme();
        } catch (URISyntaxException e) {
            throw source.error(link, "the link '" + href + "' is not a URL: " + e.getReason());
        }
        if (scheme == null || !LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            throw source.error(link, "the link '" + href + "' goes nowhere a book can point to; expected an http:,"
                    + " https: or mailto: URL, or #id for a heading of the book");
        }
        return new Inline.Link(href, content);
    }

    private static String shortened(String html) {
        String s = html.strip();
        return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }
}
