package org.colophon.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.colophon.layout.BuildDate;
import org.colophon.layout.Publication;

/**
 * Writes a publication as an EPUB 3 OCF container: {@code mimetype}, the container file
 * pointing at the package document, the package document, the pages in reading order,
 * then every other file, in that fixed order.
 */
public final class EpubWriter {

    private static final String PACKAGE_MEDIA_TYPE = "application/oebps-package+xml";

    private final BuildDate date;

    /** Stamps every entry with the build's {@code date}. */
    public EpubWriter(BuildDate date) {
        this.date = date;
    }

    public void write(Publication publication, OutputStream out) throws IOException {
        Publication.Resource opf = publication.resources().stream()
                .filter(r -> PACKAGE_MEDIA_TYPE.equals(r.mediaType()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the publication has no package document"));
        // the stream belongs to the caller: finish the zip without closing it
        OcfWriter ocf = new OcfWriter(out, date.zipTime());
        ocf.add("META-INF/container.xml", containerXml(opf.path()));
        ocf.add(opf.path(), opf.content());
        for (Publication.Page page : publication.pages()) {
            ocf.add(page.path(), page.xhtml().getBytes(StandardCharsets.UTF_8));
        }
        for (Publication.Resource r : publication.resources()) {
            if (r != opf) {
                ocf.add(r.path(), r.content());
            }
        }
        ocf.close();
        out.flush();
    }

    static byte[] containerXml(String opfPath) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "  <rootfiles>\n"
                + "    <rootfile full-path=\"" + opfPath.replace("&", "&amp;").replace("\"", "&quot;")
                + "\" media-type=\"" + PACKAGE_MEDIA_TYPE + "\"/>\n"
                + "  </rootfiles>\n"
                + "</container>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
