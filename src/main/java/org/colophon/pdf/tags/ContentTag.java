package org.colophon.pdf.tags;

/**
 * What a drawn line or image is in the tagged PDF: real content that lands in a
 * {@link ContentSlot} of the structure tree, or an artifact (running heads, folios,
 * leaders, rules, decorations) that assistive technology skips.
 */
public sealed interface ContentTag permits ContentSlot, ContentTag.Artifact {

    /** An artifact of the given /Type (and /Subtype for pagination artifacts). */
    record Artifact(String type, String subtype) implements ContentTag {

        /** The running head. */
        public static final Artifact HEADER = new Artifact("Pagination", "Header");
        /** The folio. */
        public static final Artifact FOOTER = new Artifact("Pagination", "Footer");
        /** Leaders, rules and decorations that only help the eye. */
        public static final Artifact LAYOUT = new Artifact("Layout", null);

        /** The operator that opens this artifact's marked-content sequence. */
        String open() {
            return subtype == null
                    ? "/Artifact <</Type /" + type + ">> BDC\n"
                    : "/Artifact <</Type /" + type + " /Subtype /" + subtype + ">> BDC\n";
        }
    }
}
