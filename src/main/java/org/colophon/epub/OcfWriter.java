package org.colophon.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF zip container. {@code mimetype} comes first, stored uncompressed with no extra
 * field, as reading systems sniff it at a fixed offset; every entry carries the same fixed
 * time, so the same files always give the same bytes.
 */
final class OcfWriter implements AutoCloseable {

    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private final ZipOutputStream zip;
    private final LocalDateTime time;
    private final Set<String> written = new HashSet<>();

    /** Writes the {@code mimetype} entry at once. */
    OcfWriter(OutputStream out, LocalDateTime time) throws IOException {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.time = time;
        zip.setLevel(Deflater.BEST_COMPRESSION);
        ZipEntry mimetype = new ZipEntry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(MIMETYPE.length);
        mimetype.setCompressedSize(MIMETYPE.length);
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        mimetype.setCrc(crc.getValue());
        // setTimeLocal keeps the DOS time field only: no extended-timestamp extra field
        mimetype.setTimeLocal(time);
        zip.putNextEntry(mimetype);
        zip.write(MIMETYPE);
        zip.closeEntry();
        written.add("mimetype");
    }

    /** Adds a compressed entry; a path given twice is a bug of the caller. */
    void add(String path, byte[] content) throws IOException {
        if (!written.add(path)) {
            throw new IllegalArgumentException("duplicate container path: " + path);
        }
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.finish();
    }
}
