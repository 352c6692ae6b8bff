package org.colophon.pdf.tags;

import java.util.ArrayList;
import java.util.List;

/**
 * A structure element of the book's logical structure, before it becomes a PDF
 * structure element: its standard type, language, alternate text and element id, and
 * its kids in logical order: other nodes and {@link ContentSlot}s (where the text of one
 * paragraph lands when it is drawn). Built once, while the XHTML pages are read.
 */
public final class StructNode {

    final String type;
    final StructNode parent;
    /** The language of its text (never null); {@link #lang()} says whether it differs from the parent's. */
    final String effectiveLang;
    final List<Object> kids = new ArrayList<>(2);
    String alt;
    String id;
    String listNumbering;
    /** Of a TH: Row, Column or Both (PDF's /Scope); null for none. */
    String scope;
    /** Of a TH or TD spanning more than one row or column. */
    int rowSpan = 1;
    int colSpan = 1;

    StructNode(String type, StructNode parent, String effectiveLang) {
        this.type = type;
        this.parent = parent;
        this.effectiveLang = effectiveLang;
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
}
