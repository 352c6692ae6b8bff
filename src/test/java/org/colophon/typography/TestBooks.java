package org.colophon.typography;

import java.util.List;

import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;

/** Builds small books by hand and shows inlines as a compact markup, for exact assertions. */
final class TestBooks {

    private TestBooks() {}

    static Metadata metadata(String language, String title) {
        return Metadata.builder().title(title).language(language).build();
    }

    static Book book(String language, List<Block> blocks) {
        Division chapter = new Division(Division.Kind.CHAPTER, "c1", null, List.of(), List.of(), blocks, List.of());
        return new Book(metadata(language, "Titre"), List.of(), List.of(chapter), List.of(), List.of());
    }

    static Block.Paragraph paragraph(Inline... content) {
        return new Block.Paragraph(null, null, List.of(content));
    }

    static Inline.Text t(String text) {
        return new Inline.Text(text);
    }

    static Inline.Styled em(Inline... content) {
        return new Inline.Styled(Inline.Style.EMPHASIS, List.of(content));
    }

    static Inline.Styled sup(Inline... content) {
        return new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(content));
    }

    static Inline.Quote q(Inline... content) {
        return new Inline.Quote(null, null, List.of(content));
    }

    /** The first paragraph of the first chapter after the pass. */
    static List<Inline> firstParagraph(Book book) {
        return ((Block.Paragraph) book.body().get(0).blocks().get(0)).content();
    }

    /** Runs the pass over one paragraph of a book in {@code language}; returns its markup. */
    static String typeset(String language, Inline... content) {
        Book out = new Typographer().apply(book(language, List.of(paragraph(content))));
        return markup(firstParagraph(out));
    }

    /**
     * Inlines as markup: Text as is, {@code <em>}, {@code <sup>}, a Quote as its marks
     * around its content, Foreign as {@code <fr>…</fr>}, a Link as {@code <a href>}.
     */
    static String markup(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines) {
            markup(inline, sb);
        }
        return sb.toString();
    }

    private static void markup(Inline inline, StringBuilder sb) {
        if (inline instanceof Inline.Text t) {
            sb.append(t.text());
        } else if (inline instanceof Inline.Styled s) {
            String tag = switch (s.style()) {
                case EMPHASIS -> "em";
                case STRONG -> "b";
                case SUPERSCRIPT -> "sup";
                case SUBSCRIPT -> "sub";
                case SMALL_CAPS -> "sc";
                case UNDERLINE -> "u";
            };
            sb.append('<').append(tag).append('>').append(markup(s.content())).append("</").append(tag).append('>');
        } else if (inline instanceof Inline.Quote q) {
            sb.append(q.open()).append(markup(q.content())).append(q.close());
        } else if (inline instanceof Inline.Foreign f) {
            sb.append('<').append(f.lang()).append('>').append(markup(f.content())).append("</").append(f.lang()).append('>');
        } else if (inline instanceof Inline.Link l) {
            sb.append("<a ").append(l.href()).append('>').append(markup(l.content())).append("</a>");
        } else if (inline instanceof Inline.LineBreak) {
            sb.append("<br>");
        } else if (inline instanceof Inline.Note n) {
            sb.append("<note>");
            for (Block b : n.content()) {
                sb.append(markup(((Block.Paragraph) b).content()));
            }
            sb.append("</note>");
        } else {
            sb.append(inline);
        }
    }

    /** Shows invisible spaces, so a failing assertion says which space is where. */
    static String visible(String s) {
        return s.replace("\u202F", "⍽").replace("\u00A0", "°");
    }
}
