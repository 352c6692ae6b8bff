package org.colophon.typography;

import java.util.List;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Metadata;

/**
 * The typography pass: rewrites the book's text by the rules of each passage's language
 * (inherited from the book, switched by divisions, quotations and foreign phrases), so
 * that the EPUB and the PDF carry the same characters.
 *
 * <p>Every language: NFC, {@code --} → —, {@code ...} → …, {@code '} between letters → ’,
 * straight quotation marks → the language's own. French: narrow no-break spaces before
 * {@code ; ! ?} and {@code »} and after {@code «}, a no-break space before {@code :}, after
 * a dialogue dash and between a number and what it counts, raised ordinal suffixes
 * ({@code 1er}, {@code XXe}). English: curly quotes and apostrophes, no space before
 * {@code ; : ! ?}. The pass is idempotent: applying it to its own output changes nothing.
 */
public final class Typographer {

    public Book apply(Book book) {
        return apply(book, Warnings.ignore(), "book");
    }

    /**
     * As {@link #apply(Book)}, warning once, at {@code shownAs}, of each language tag the
     * book uses whose conventions Colophon does not know (it gets neutral ones).
     */
    public Book apply(Book book, Warnings warnings, String shownAs) {
        return apply(book, warnings, shownAs, null);
    }

    /**
     * As {@link #apply(Book, Warnings, String)}, taking from {@code cache} the divisions an
     * earlier build of the same book rewrote when they are the same (null for none).
     */
    public Book apply(Book book, Warnings warnings, String shownAs, TypesetDivisions cache) {
        Languages languages = new Languages();
        if (cache != null) {
            cache.start();
        }
        Book out = apply(book, languages, cache);
        if (cache != null) {
            cache.finish(!languages.unknown().isEmpty());
        }
        for (String tag : languages.unknown()) {
            warnings.warn(shownAs, 0, 0, "the language '" + tag + "' is not one Colophon knows the typography of:"
                    + " its text gets “ ” and ‘ ’ quotation marks and no spacing rule; check the tag (BCP 47, such as"
                    + " fr, de-CH, pt-BR)");
        }
        return out;
    }

    private static Book apply(Book book, Languages languages, TypesetDivisions cache) {
        BlockRewriter rewriter = new BlockRewriter(languages);
        Language language = languages.ofBook(book.language());
        Metadata m = book.metadata();
        // printed texts are rewritten; names, identifiers, dates and subjects are data
        Metadata.Series series = m.series() == null ? null
                : new Metadata.Series(rewriter.text(m.series().name(), language), m.series().position());
        Metadata metadata = m.toBuilder()
                .title(rewriter.text(m.title(), language))
                .subtitle(rewriter.text(m.subtitle(), language))
                .publisher(rewriter.text(m.publisher(), language))
                .rights(rewriter.text(m.rights(), language))
                .description(rewriter.text(m.description(), language))
                .series(series)
                .source(rewriter.text(m.source(), language))
                .build();
        return new Book(metadata,
                divisions(book.frontMatter(), language, languages, cache),
                divisions(book.body(), language, languages, cache),
                divisions(book.backMatter(), language, languages, cache),
                book.assets());
    }

    /**
     * The top divisions rewritten in parallel, each by a rewriter of its own (a rewriter
     * keeps scratch buffers; no state passes from one paragraph to the next, so the text
     * is the same in any order). In their order.
     */
    private static List<Division> divisions(List<Division> divisions, Language language, Languages languages,
                                            TypesetDivisions cache) {
        return divisions.parallelStream()
                .map(d -> new BlockRewriter(languages, cache).divisions(List.of(d), language).get(0))
                .toList();
    }
}
