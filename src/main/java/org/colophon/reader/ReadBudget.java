package org.colophon.reader;

import java.util.Locale;

/**
 * What one book has used so far of the {@link ReadLimits} that apply to the whole book:
 * bytes of XML, elements and characters, summed over every file the book is read from.
 * One per book being read; not shared between threads.
 */
public final class ReadBudget {

    private long manuscriptBytes;
    private long imageBytes;
    private int elements;
    private long characters;

    /**
     * Takes a file of {@code size} bytes from the book's XML, or says why not (null when
     * it fits): refused before a byte of it is read.
     */
    public String takeManuscriptBytes(long size) {
        if (size > ReadLimits.MAX_MANUSCRIPT_BYTES - manuscriptBytes) {
            return manuscriptBytes == 0
                    ? "the file is " + bytes(size) + "; Colophon reads manuscripts of at most "
                            + bytes(ReadLimits.MAX_MANUSCRIPT_BYTES) + ", included files counted"
                    : "the file is " + bytes(size) + ", which would bring the book's XML files to "
                            + bytes(manuscriptBytes + size) + "; a manuscript and the files it includes may hold at most "
                            + bytes(ReadLimits.MAX_MANUSCRIPT_BYTES) + " together";
        }
        manuscriptBytes += size;
        return null;
    }

    /** Takes an image of {@code size} bytes, or says why not (null when it fits). */
    String takeImageBytes(long size) {
        if (size > ReadLimits.MAX_IMAGE_BYTES - imageBytes) {
            return "is " + bytes(size) + (imageBytes == 0 ? "" : ", which would bring the book's images to "
                    + bytes(imageBytes + size)) + "; the images of a book may take at most "
                    + bytes(ReadLimits.MAX_IMAGE_BYTES) + " together (both books are made from them in memory):"
                    + " make them smaller";
        }
        imageBytes += size;
        return null;
    }

    /** Counts one more element; false once the book holds more than it may. */
    boolean takeElement() {
        return ++elements <= ReadLimits.MAX_ELEMENTS;
    }

    /** Counts characters of text; false once the book holds more than it may. */
    public boolean takeCharacters(int n) {
        characters += n;
        return characters <= ReadLimits.MAX_BOOK_CHARACTERS;
    }

    static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%,d bytes", n);
    }
}
