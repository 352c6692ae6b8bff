package org.colophon.pdf.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The place in the structure tree where one paragraph's (or list label's, or image's)
 * drawn content lands, in drawing order. A paragraph's lines are drawn in their order,
 * even across pages, so the marked content of a paragraph split over two pages follows
 * its text. Links and foreign phrases inside the paragraph become Link and Span elements
 * here; one that runs on from the end of a line into the next stays one element.
 */
public final class ContentSlot implements ContentTag {

    final StructNode owner;
    final List<Object> kids = new ArrayList<>(4);
    private String lastHref;
    private String lastLang;
    private StructNode lastInline;

    ContentSlot(StructNode owner) {
        this.owner = owner;
    }

    String type() {
        return owner.type;
    }

    boolean hasContent() {
        for (Object kid : kids) {
            if (kid instanceof StructNode.Mcr) {
                return true;
            }
            if (kid instanceof StructNode n && n.hasContent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element a run of text with this link and language belongs to: the owner itself
     * for plain text in the owner's language, else a Link (or Span with /Lang) added here,
     * or the one the previous run of the slot opened when it has the same link and language.
     */
    StructNode target(String href, String lang) {
        boolean foreign = lang != null && !lang.equalsIgnoreCase(owner.effectiveLang);
        if (href == null && !foreign) {
            lastInline = null;
            return owner;
        }
        if (lastInline != null && Objects.equals(href, lastHref) && Objects.equals(lang, lastLang)) {
            return lastInline;
        }
        StructNode inline = new StructNode(href != null ? "Link" : "Span", owner, foreign ? lang : owner.effectiveLang);
        kids.add(inline);
        lastInline = inline;
        lastHref = href;
        lastLang = lang;
        return inline;
    }

    /** Adds a marked-content reference to {@code node}: straight into this slot when it is the owner. */
    void add(StructNode node, StructNode.Mcr mcr) {
        if (node == owner) {
            kids.add(mcr);
        } else {
            node.kids.add(mcr);
        }
    }
}
