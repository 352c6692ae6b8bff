package org.colophon.pdf;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.pdf.css.ComputedStyle;
import org.colophon.pdf.flow.FlowBuilder;

/**
 * The typesetter's first stage done: every paragraph of the printed pages set into lines,
 * laid out as one vertical list (boxes, glue, penalties) with its footnotes aside, not yet
 * broken into pages. Made by {@link Typesetter#breakLines}, used by
 * {@link Typesetter#buildPages}.
 */
public final class FlowedBook {

    final PrintSetup setup;
    final Publication publication;
    final List<Publication.Page> pages;  // the printed pages: every page but the cover
    final Map<String, PageRole> roles;   // page path → role
    final ComputedStyle body;
    final float grid;
    final float firstBaseline;
    final FlowBuilder flow;

    FlowedBook(PrintSetup setup, Publication publication, List<Publication.Page> pages, Map<String, PageRole> roles,
               ComputedStyle body, float grid, float firstBaseline, FlowBuilder flow) {
        this.setup = setup;
        this.publication = publication;
        this.pages = List.copyOf(pages);
        this.roles = Collections.unmodifiableMap(roles); // not Map.copyOf: its iteration order varies per run
        this.body = body;
        this.grid = grid;
        this.firstBaseline = firstBaseline;
        this.flow = flow;
    }

    /** How many lines were set, footnotes included. */
    public int lineCount() {
        return flow.lineCount();
    }
}
