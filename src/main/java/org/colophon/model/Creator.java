package org.colophon.model;

/**
 * A person who made the book.
 *
 * @param name   as printed, e.g. "Pierre Alexis Ponson du Terrail"
 * @param fileAs sort form, e.g. "Ponson du Terrail, Pierre Alexis"; may be null
 */
public record Creator(String name, String fileAs, Role role) {

    public enum Role {
        AUTHOR("aut"), TRANSLATOR("trl"), EDITOR("edt"), ILLUSTRATOR("ill");

        private final String marcCode;

        Role(String marcCode) {
            this.marcCode = marcCode;
        }

        /** The MARC relator code EPUB uses in {@code role} refinements. */
        public String marcCode() {
            return marcCode;
        }
    }
}
