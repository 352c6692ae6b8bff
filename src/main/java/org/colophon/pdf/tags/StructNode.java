package org.colophon.pdf.tags;

import java.util.ArrayList;
import java.util.List;

/**
 * A structure element of the book's logical structure, before it becomes a PDF
 * structure element: its standard type, language, alternate text and element id, and
 * its kids in logical order. Kids are other nodes, {@link ContentSlot}s (where the text
 * of one paragraph lands when it is drawn), marked-content references and annotation
 * references.
 */
public final class StructNode {

    /** A marked-content sequence: the {@code mcid}th on page {@code page}. */
    record Mcr(int page, int mcid) {}

    /** A link annotation on page {@code page}, with the key it has in the parent tree. */
    record Objr(int page, org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation) {}

    final String type;
    final StructNode parent;
    /** The language of its text (never null); {@link #lang()} says whether it differs from the parent's. */
    final String effectiveLang;
    final List<Object> kids = new ArrayList<>(2);
    String alt;
    String id;
    String listNumbering;
    /** A figure's bounding box on its page (x, y, width, height), or null. */
    float[] bbox;

    StructNode(String type, StructNode parent, String effectiveLang) {
        this.type = type;
        this.parent = parent;
        this.effectiveLang = effectiveLang;
    }

    public String type() {
        return type;
    }

    /** The /Lang to write: the node's language when its parent's differs, else null. */
    String lang() {
        if (parent == null) {
            return effectiveLang;
        }
        return effectiveLang.equalsIgnoreCase(parent.effectiveLang) ? null : effectiveLang;
    }

    StructNode child(String childType, String childLang) {
        StructNode child = new StructNode(childType, this, childLang == null ? effectiveLang : childLang);
        kids.add(child);
        return child;
    }

    ContentSlot slot() {
        ContentSlot slot = new ContentSlot(this);
        kids.add(slot);
        return slot;
    }

    /** Whether anything drawn lands in this node or below it. */
    boolean hasContent() {
        for (Object kid : kids) {
            if (kid instanceof Mcr || kid instanceof Objr) {
                return true;
            }
            if (kid instanceof StructNode n && n.hasContent()) {
                return true;
            }
            if (kid instanceof ContentSlot s && s.hasContent()) {
                return true;
            }
        }
        return false;
    }

    boolean hasAnnotation() {
        for (Object kid : kids) {
            if (kid instanceof Objr) {
                return true;
            }
        }
        return false;
    }
}
