package org.colophon.reader;

/**
 * How much one book may hold, as the reading stage enforces it: each bound applies to the
 * whole book (every file it includes, every image it names) or to a whole paragraph,
 * never to one XML node, so that splitting text with markup or across files gains
 * nothing. The numbers are chosen so that a book just under all of them still builds in
 * a 1 GB heap within a minute, and so that a real book is nowhere near them; the
 * "Limits" section of {@code docs/manuscript.md} gives the reason for each.
 */
public final class ReadLimits {

    /**
     * The XML files of a book together (the manuscript and what it includes), in bytes,
     * checked from each file's size before it is read. Reading holds a file several
     * times over (its bytes, its text, the tree); a 2,000-page novel in TEI is 5 MB.
     */
    public static final long MAX_MANUSCRIPT_BYTES = 32L << 20;

    /**
     * How deep elements may nest in the whole book. A book nests a dozen levels; thousands
     * would overflow the stack of every stage that walks the tree.
     */
    public static final int MAX_DEPTH = 256;

    /** How deep included files may include others. */
    public static final int MAX_INCLUDE_NESTING = 16;

    /**
     * Elements in the whole book. The tree costs some 300 bytes a node; a 1,300-page ELTeC
     * novel has 15,000 elements.
     */
    public static final int MAX_ELEMENTS = 200_000;

    /**
     * Characters of text in the whole book (each run of spaces and line ends counted as
     * one): about 2,200 A5 pages at Colophon's default setting, which build in 600 MB.
     */
    public static final int MAX_BOOK_CHARACTERS = 4_000_000;

    /**
     * Characters of one paragraph (a title, a verse line, a note, a list item…), all its
     * inline elements together: about 400 printed pages, set in some 300 MB. A note is a
     * paragraph of its own, not part of the one that calls it.
     */
    public static final int MAX_PARAGRAPH_CHARACTERS = 1_000_000;

    /**
     * Divisions (parts, chapters, prefaces…) in the book: each is a page of its own in
     * both books and a file in the EPUB. The Bible has 1,189 chapters; 2,000 divisions
     * make at least 4,000 printed pages.
     */
    public static final int MAX_DIVISIONS = 2_000;

    /**
     * Links in the PDF: a note makes two (its call and the way back), a cross-reference or
     * a link one. Each is an annotation and tagged content that the PDF library holds in
     * memory until the file is written, some 10 KB a note: 20,000 notes build in a 320 MB
     * heap. A heavily annotated 1,000-page edition has a few thousand notes.
     */
    public static final int MAX_LINKS = 40_000;

    /**
     * How deep divisions may nest (a volume holding parts holding chapters is three
     * levels), counting a TEI document's divs. TEI's numbered divisions go to
     * {@code div7}. The printed contents indent each level by 2.5 em, so that at 8 levels
     * a third of the measure is left for the titles; the layouts recurse as deep.
     */
    public static final int MAX_DIVISION_DEPTH = 8;

    /**
     * The images of a book together, in bytes, checked from their sizes before any is
     * read: both books are made from them in memory.
     */
    public static final long MAX_IMAGE_BYTES = 128L << 20;

    /** Pixels on an image's longer side: twice a 600 dpi A3 page. */
    public static final int MAX_IMAGE_SIDE = 20_000;

    /** Pixels of an image. */
    public static final long MAX_IMAGE_PIXELS = 100_000_000L;

    /**
     * What a PNG (or GIF) decodes to, in bytes, counting every channel: the PDF is made
     * from the decoded pixels, and making it takes twice that. 50 megapixels of RGB with
     * alpha, 25 at 16 bits a channel; a 600 dpi A4 page in RGB is 35 megapixels.
     */
    public static final long MAX_DECODED_IMAGE_BYTES = 200L << 20;

    /**
     * What the text and colour-profile chunks of a PNG (tEXt, zTXt, iTXt, iCCP) may hold
     * together once decompressed: image readers inflate them whole. Real profiles and
     * comments take a few kilobytes.
     */
    public static final int MAX_IMAGE_METADATA_BYTES = 8 << 20;

    private ReadLimits() {
    }
}
