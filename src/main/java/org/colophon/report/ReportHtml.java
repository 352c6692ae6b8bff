package org.colophon.report;

import java.util.List;
import java.util.Locale;
import org.colophon.Colophon.StageReport;

/** The report as a page an author reads in a browser: the figures, then every line worth a look. */
public final class ReportHtml {

    private final StringBuilder out = new StringBuilder(8192);

    private ReportHtml() {
    }

    public static String write(TypesettingReport r, String book) {
        return new ReportHtml().report(r, book).out.toString();
    }

    private ReportHtml report(TypesettingReport r, String book) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Typesetting report: ");
        text(book);
        out.append("</title>\n<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em}"
                + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.2em .6em;text-align:left}"
                + "td.n{text-align:right;font-variant-numeric:tabular-nums}.bad{color:#a00}</style>\n</head>\n<body>\n");
        out.append("<h1>Typesetting report: ");
        text(book);
        out.append("</h1>\n");
        List<String> problems = r.strictProblems();
        if (problems.isEmpty()) {
            out.append("<p>Nothing a strict build would refuse.</p>\n");
        } else {
            out.append("<p class=\"bad\">A <code>--strict</code> build would fail:</p>\n<ul class=\"bad\">\n");
            for (String p : problems) {
                out.append("<li>");
                text(p);
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        TypesettingReport.WordSpacing w = r.wordSpacing();
        out.append("<h2>Figures</h2>\n<table>\n");
        row("Pages", Integer.toString(r.pages()));
        row("Lines (body + footnotes)", r.lines() + " (" + r.bodyLines() + " + " + r.footnoteLines() + ")");
        row("Hyphenated lines", Integer.toString(r.hyphenatedLines()));
        row("Longest run of hyphenated lines", Integer.toString(r.longestHyphenRun()));
        row("Word space, mean \u00b1 \u03c3 (em)", fixed(w.mean()) + " \u00b1 " + fixed(w.deviation())
                + " over " + w.lines() + " justified lines");
        row("Word space, narrowest / widest line (em)", fixed(w.min()) + " / " + fixed(w.max()));
        row("Loose lines (mean word space above " + TypesettingReport.LOOSE + " em)", Integer.toString(r.looseLines().size()));
        row("Of which before a long word that may not be hyphenated", Integer.toString(r.unbreakableWords().size()));
        row("Tight lines (mean word space under " + TypesettingReport.TIGHT + " em)", Integer.toString(r.tightLines().size()));
        row("Overfull lines", Integer.toString(r.overfullLines().size()));
        row("Paragraphs set a line longer / shorter to line up a spread",
                r.paragraphsSetLonger().size() + " / " + r.paragraphsSetShorter().size());
        row("Widows and orphans avoided", Integer.toString(r.widowsAndOrphansAvoided()));
        row("Pages ending short inside a chapter (without a reason)",
                r.shortPages().size() + " (" + r.unexplainedShortPages().size() + ")");
        row("Widows left (forced)", Integer.toString(r.forcedWidows().size()));
        row("Orphans left (forced)", Integer.toString(r.forcedOrphans().size()));
        row("Characters from a fallback font", Integer.toString(r.fallbackCharacters().size()));
        row("Characters no font has", Integer.toString(r.missingCharacters().size()));
        row("Images (below " + TypesettingReport.PRINT_PPI + " ppi at their printed size)",
                r.images().size() + " (" + r.lowResolutionImages().size() + ")");
        out.append("</table>\n");
        places("Overfull lines", r.overfullLines(), "overflow (pt)");
        places("Widows left", r.forcedWidows(), null);
        places("Orphans left", r.forcedOrphans(), null);
        shortPages(r.shortPages());
        places("Loose lines", r.looseLines(), "word space (em)");
        places("Words that may not be hyphenated, after a loose line (give them a soft hyphen, or reword)",
                r.unbreakableWords(), "word space (em)");
        places("Tight lines", r.tightLines(), "word space (em)");
        places("Paragraphs set a line longer", r.paragraphsSetLonger(), "lines");
        places("Paragraphs set a line shorter", r.paragraphsSetShorter(), "lines");
        glyphs("Characters no font has", r.missingCharacters(), "met in");
        glyphs("Characters set in a fallback font", r.fallbackCharacters(), "font");
        if (!r.cutWords().isEmpty()) {
            out.append("<h2>Words wider than the line, cut</h2>\n<ul>\n");
            for (String word : r.cutWords()) {
                out.append("<li>");
                text(word);
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!r.lowResolutionImages().isEmpty()) {
            out.append("<h2>Images below ").append(TypesettingReport.PRINT_PPI)
                    .append(" ppi at their printed size</h2>\n<table>\n")
                    .append("<tr><th>page</th><th>image</th><th>printed (mm)</th><th>ppi</th></tr>\n");
            for (TypesettingReport.PrintedImage i : r.lowResolutionImages()) {
                out.append("<tr><td>");
                text(i.folio());
                out.append("</td><td>");
                text(i.source());
                out.append("</td><td class=\"n\">").append(Math.round(i.widthMm())).append(" \u00d7 ")
                        .append(Math.round(i.heightMm())).append("</td><td class=\"n\">")
                        .append(Math.round(i.ppi())).append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        if (r.preflight() != null) {
            preflight("Preflight of the print PDF", r.preflight());
        }
        if (r.coverPreflight() != null) {
            preflight("Preflight of the cover spread", r.coverPreflight());
        }
        out.append("<h2>Build time</h2>\n<table>\n<tr><th>stage</th><th>items</th><th>ms</th></tr>\n");
        long total = 0;
        for (StageReport s : r.stages()) {
            out.append("<tr><td>");
            text(s.stage());
            out.append("</td><td>");
            text(s.items());
            out.append("</td><td class=\"n\">").append(s.millis()).append("</td></tr>\n");
            total += s.millis();
        }
        out.append("<tr><th>total</th><td></td><td class=\"n\">").append(total).append("</td></tr>\n</table>\n");
        out.append("</body>\n</html>\n");
        return this;
    }

    private void shortPages(List<TypesettingReport.ShortPage> pages) {
        if (pages.isEmpty()) {
            return;
        }
        out.append("<h2>Pages ending short inside a chapter</h2>\n<table>\n<tr><th>page</th><th>why</th></tr>\n");
        for (TypesettingReport.ShortPage p : pages) {
            out.append("<tr><td class=\"n\">");
            text(p.folio());
            out.append(p.why().equals("UNEXPLAINED") ? "</td><td class=\"bad\">" : "</td><td>");
            text(p.reason());
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void preflight(String title, Preflight p) {
        out.append("<h2>");
        text(title);
        out.append("</h2>\n<table>\n");
        row("PDF/X version claimed (XMP)", p.pdfxVersion() == null ? "none" : p.pdfxVersion());
        row("GTS_PDFX output intent", p.pdfxOutputCondition() == null ? "none" : p.pdfxOutputCondition());
        row("Pages painting in DeviceRGB", p.deviceRgbPages().isEmpty() ? "none" : pages(p, p.deviceRgbPages()));
        row("Pages painting across the bleed box", p.acrossBleedPages().isEmpty() ? "none"
                : pages(p, p.acrossBleedPages()));
        row("Pages with an image, rule or shading past the trim, short of the bleed",
                p.shortOfBleedPages().isEmpty() ? "none" : pages(p, p.shortOfBleedPages()));
        out.append("</table>\n<h3>Fonts</h3>\n<table>\n<tr><th>font</th><th>type</th><th>embedded</th>"
                + "<th>subset</th><th>pages</th></tr>\n");
        for (Preflight.Font f : p.fonts()) {
            out.append("<tr><td>");
            text(f.name());
            out.append("</td><td>");
            text(f.type());
            out.append(f.embedded() ? "</td><td>yes" : "</td><td class=\"bad\">no")
                    .append("</td><td>").append(f.subset() ? "yes" : "no").append("</td><td>");
            text(pages(p, f.pages()));
            out.append("</td></tr>\n");
        }
        if (!p.pageEdges().isEmpty()) {
            out.append("</table>\n<h3>Content at the edges</h3>\n<table>\n<tr><th>page</th><th>across the bleed box</th>"
                    + "<th>past the trim, short of the bleed</th></tr>\n");
            for (Preflight.PageEdges e : p.pageEdges()) {
                out.append("<tr><td class=\"n\">");
                text(p.folio(e.page()));
                out.append(e.acrossBleed().isEmpty() ? "</td><td>" : "</td><td class=\"bad\">");
                text(String.join(", ", e.acrossBleed()));
                out.append("</td><td>");
                text(String.join(", ", e.shortOfBleed()));
                out.append("</td></tr>\n");
            }
        }
        out.append("</table>\n<h3>Colour spaces by page</h3>\n<table>\n<tr><th>page</th><th>colour spaces</th></tr>\n");
        for (Preflight.PageColours c : p.pageColours()) {
            out.append("<tr><td class=\"n\">");
            text(p.folio(c.page()));
            out.append(c.spaces().contains(Preflight.DEVICE_RGB) ? "</td><td class=\"bad\">" : "</td><td>");
            text(c.spaces().isEmpty() ? "none" : String.join(", ", c.spaces()));
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static String pages(Preflight p, List<Integer> pages) {
        StringBuilder s = new StringBuilder();
        for (int page : pages) {
            s.append(s.length() == 0 ? "" : ", ").append(p.folio(page));
        }
        return s.toString();
    }

    private void row(String label, String value) {
        out.append("<tr><th>");
        text(label);
        out.append("</th><td class=\"n\">");
        text(value);
        out.append("</td></tr>\n");
    }

    private void places(String title, List<TypesettingReport.Place> places, String valueName) {
        if (places.isEmpty()) {
            return;
        }
        out.append("<h2>");
        text(title);
        out.append("</h2>\n<table>\n<tr><th>page</th><th>folio</th><th>line begins</th>");
        if (valueName != null) {
            out.append("<th>");
            text(valueName);
            out.append("</th>");
        }
        out.append("</tr>\n");
        for (TypesettingReport.Place p : places) {
            out.append("<tr><td class=\"n\">").append(p.page()).append("</td><td class=\"n\">");
            text(p.folio());
            out.append("</td><td>");
            text(p.firstWords());
            out.append("</td>");
            if (valueName != null) {
                out.append("<td class=\"n\">").append(fixed(p.value())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private void glyphs(String title, List<TypesettingReport.Glyph> glyphs, String detailName) {
        if (glyphs.isEmpty()) {
            return;
        }
        out.append("<h2>");
        text(title);
        out.append("</h2>\n<table>\n<tr><th>code point</th><th>name</th><th>");
        text(detailName);
        out.append("</th></tr>\n");
        for (TypesettingReport.Glyph g : glyphs) {
            out.append("<tr><td>").append(g.hex()).append("</td><td>");
            text(g.name());
            out.append("</td><td>");
            text(g.detail());
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static String fixed(double value) {
        return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%.3f", value);
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
