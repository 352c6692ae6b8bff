package org.colophon.pdf.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * What was drawn for one {@link ContentSlot} in one PDF, in drawing order: marked-content
 * references, and the Link and Span elements made for links and foreign phrases in it. A
 * paragraph's lines are drawn in their order, even across pages, so the marked content of
 * a paragraph split over two pages follows its text; a link or phrase that runs on from
 * the end of a line into the next stays one element.
 */
final class DrawnContent {

    /** A marked-content sequence: the {@code mcid}th on page {@code page}. */
    record Mcr(int page, int mcid) {}

    /** An annotation on page {@code page}. */
    record Objr(int page, PDAnnotation annotation) {}

    /** A Link or Span made while drawing: its language, marked content and annotations. */
    static final class Inline {
        final String type;
        final String lang; // null: the slot's own
        final List<Object> kids = new ArrayList<>(2);

        Inline(String type, String lang) {
            this.type = type;
            this.lang = lang;
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

    final ContentSlot slot;
    final List<Object> kids = new ArrayList<>(4);
    /** A figure's box on its page (x, y, width, height), or null. */
    float[] bbox;
    private String lastHref;
    private String lastLang;
    private Inline lastInline;

    DrawnContent(ContentSlot slot) {
        this.slot = slot;
    }

    /**
     * What a run of text with this link and language belongs to: the slot's element itself
     * (returned as the slot) for plain text in its language, else a Link (or a Span with
     * /Lang) added here, or the one the previous run opened when it has the same link and
     * language.
     */
    Object target(String href, String lang) {
        boolean foreign = lang != null && !lang.equalsIgnoreCase(slot.owner.effectiveLang);
        if (href == null && !foreign) {
            lastInline = null;
            return slot;
        }
        if (lastInline != null && Objects.equals(href, lastHref) && Objects.equals(lang, lastLang)) {
            return lastInline;
        }
        Inline inline = new Inline(href != null ? "Link" : "Span", foreign ? lang : null);
        kids.add(inline);
        lastInline = inline;
        lastHref = href;
        lastLang = lang;
        return inline;
    }

    /** Adds a marked-content reference to {@code target} (the slot or one of its inlines). */
    void add(Object target, Mcr mcr) {
        if (target instanceof Inline inline) {
            inline.kids.add(mcr);
        } else {
            kids.add(mcr);
        }
    }
}
