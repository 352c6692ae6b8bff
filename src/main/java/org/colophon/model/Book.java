package org.colophon.model;

import java.util.List;

/**
 * A whole book after reading: the one tree every later stage works from.
 *
 * <p>Divisions are grouped the way a printer thinks of them: front matter (dedication,
 * epigraph, preface…), the body (parts and chapters) and back matter (appendices…).
 * Assets are the files the text refers to (images, the cover), already checked to lie
 * inside the manuscript's folder.
 */
public record Book(
        Metadata metadata,
        List<Division> frontMatter,
        List<Division> body,
        List<Division> backMatter,
        List<Asset> assets) {

    public Book {
        frontMatter = List.copyOf(frontMatter);
        body = List.copyOf(body);
        backMatter = List.copyOf(backMatter);
        assets = List.copyOf(assets);
    }

    /** The book's main language, a BCP 47 tag such as {@code fr} or {@code en-GB}. */
    public String language() {
        return metadata.language();
    }

    public Book withDivisions(List<Division> front, List<Division> main, List<Division> back) {
        return new Book(metadata, front, main, back, assets);
    }
}
