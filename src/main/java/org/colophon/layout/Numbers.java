package org.colophon.layout;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.model.Inline;

/**
 * The numbers the book's divisions, sections, figures, tables, listings and notes carry,
 * and what a cross-reference can say about each id: made once by {@link Numbering} before
 * any page is rendered, so that a reference in chapter 1 to a figure in chapter 5 prints
 * the same number the figure's caption does.
 *
 * @param byElement the number of each numbered element (the model record itself, by identity)
 * @param madeIds   ids made up for listed figures and tables the manuscript gave none
 * @param targets   what each id of the book is, for cross-references
 * @param figures   the figures with a caption, in reading order, for the list of figures
 * @param tables    the tables with a caption, in reading order, for the list of tables
 */
record Numbers(IdentityHashMap<Object, String> byElement, IdentityHashMap<Object, String> madeIds,
               Map<String, Target> targets, List<Listed> figures, List<Listed> tables) {

    /** What a cross-reference can say of its target. */
    enum TargetKind { PART, CHAPTER, APPENDIX, DIVISION, SECTION, FIGURE, TABLE, LISTING, NOTE, OTHER }

    /**
     * @param number null when the target is not numbered
     * @param title  empty when it has none (a note, an untitled figure)
     */
    record Target(TargetKind kind, String number, List<Inline> title) {
        Target {
            title = List.copyOf(title);
        }
    }

    /**
     * An entry of a list of figures or tables: {@code id} is the figure's (made up when it
     * had none), {@code division} the id of the division whose page holds it.
     */
    record Listed(String id, String division, String number, List<Inline> caption) {
        Listed {
            caption = List.copyOf(caption);
        }
    }

    Numbers {
        targets = Map.copyOf(targets);
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }

    /** The number of a numbered element, or null. */
    String of(Object element) {
        return byElement.get(element);
    }

    /** The element's id: its own, else the one made up for it, else null. */
    String idOf(Object element, String own) {
        return own != null && !own.isEmpty() ? own : madeIds.get(element);
    }

    Target target(String id) {
        return targets.get(id);
    }
}
