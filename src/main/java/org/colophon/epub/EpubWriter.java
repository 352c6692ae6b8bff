package org.colophon.epub;

import java.io.IOException;
import java.io.OutputStream;
import org.colophon.layout.Publication;

/** Writes a publication as an EPUB 3 OCF container. */
public final class EpubWriter {

    public void write(Publication publication, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("EPUB writer not written yet");
    }
}
