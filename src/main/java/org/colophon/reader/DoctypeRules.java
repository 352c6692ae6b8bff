package org.colophon.reader;

/**
 * What a format whose files may carry a DOCTYPE (DocBook 4) lets them declare. Without
 * rules {@link XmlSource} refuses every DOCTYPE; with them it reads one, but never fetches
 * a DTD or an entity by itself: the external subset is whatever {@link #externalSubset}
 * gives in its place, and each external general entity is read from the file
 * {@link #entityFile} confines to the manuscript's folder, once. Parameter entities are
 * refused whatever the rules, since they are how DTD tricks (out-of-band reads, entity
 * bombs hidden in a DTD) start.
 */
public interface DoctypeRules {

    /**
     * The declarations read in place of the DTD the DOCTYPE names, UTF-8 XML declarations;
     * {@code publicId} and {@code systemId} are null when the DOCTYPE names none.
     */
    byte[] externalSubset(String root, String publicId, String systemId) throws Refused;

    /** The file an external general entity names (its system id as written), confined to the folder. */
    ManuscriptFolder.Resolved entityFile(String name, String systemId) throws Refused;

    /**
     * Whether the rules are for a file of this root element (null namespace: none). Asked at
     * the root's start tag, before any entity of the file's content is read; when not, the
     * parse stops there and the caller refuses the DOCTYPE as it does for any other file.
     */
    boolean isForRoot(String namespace, String localName);

    /** A declaration or an entity the rules do not allow, and why, in words meant for the author. */
    final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }
}
