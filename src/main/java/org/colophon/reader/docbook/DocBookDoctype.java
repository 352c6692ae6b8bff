package org.colophon.reader.docbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.colophon.reader.DoctypeRules;
import org.colophon.reader.ManuscriptFolder;

/**
 * What a DocBook 4 file may declare: a DOCTYPE naming DocBook's DTD (or none), whose
 * place is taken by the character entities built in (never the DTD itself, which is not
 * fetched), and external general entities naming files inside the manuscript's folder,
 * which is how DocBook 4 books join their chapter files.
 */
final class DocBookDoctype implements DoctypeRules {

    /** DocBook XML 4.x's public identifiers ({@code -//OASIS//DTD DocBook XML V4.5//EN}). */
    private static final Pattern PUBLIC_ID = Pattern.compile("-//OASIS//DTD DocBook XML V4\\.\\d+//EN");
    private static final String ENTITIES = "character-entities.ent";

    private final ManuscriptFolder folder;
    /** Whether the DOCTYPE named a DTD other than DocBook 4's: the file is then not read as DocBook. */
    private boolean otherDtd;

    DocBookDoctype(ManuscriptFolder folder) {
        this.folder = folder;
    }

    @Override
    public byte[] externalSubset(String root, String publicId, String systemId) {
        boolean docbook = publicId == null ? systemId == null || systemId.endsWith("/docbookx.dtd")
                : PUBLIC_ID.matcher(publicId.strip()).matches();
        if (!docbook) {
            // nothing read in its place; the root's check stops the parse, and the DOCTYPE is refused
            otherDtd = true;
            return new byte[0];
        }
        return characterEntities();
    }

    @Override
    public boolean isForRoot(String namespace, String localName) {
        return !otherDtd && namespace == null && DocBookReader.ROOTS.contains(localName);
    }

    @Override
    public ManuscriptFolder.Resolved entityFile(String name, String systemId) throws Refused {
        try {
            return folder.resolve(systemId, Path.of(""), "entity file");
        } catch (ManuscriptFolder.Refused refused) {
            throw new Refused(refused.getMessage());
        }
    }

    /** The declarations of the HTML named character references, a superset of DocBook 4's ISO sets. */
    static byte[] characterEntities() {
        try (InputStream in = DocBookDoctype.class.getResourceAsStream(ENTITIES)) {
            if (in == null) {
                throw new IllegalStateException(ENTITIES + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
