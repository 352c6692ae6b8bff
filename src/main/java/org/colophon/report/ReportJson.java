package org.colophon.report;

import java.util.List;
import java.util.Locale;
import org.colophon.Colophon.StageReport;

/** The report as JSON, for machines: keys in a fixed order, numbers rounded, NaN as null. */
public final class ReportJson {

    private final StringBuilder out = new StringBuilder(4096);

    private ReportJson() {
    }

    public static String write(TypesettingReport r, String book) {
        return new ReportJson().report(r, book).toString();
    }

    private ReportJson report(TypesettingReport r, String book) {
        out.append("{\n");
        key("book").string(book).append(",\n");
        key("pages").append(r.pages()).append(",\n");
        key("lines").append(r.lines()).append(",\n");
        key("bodyLines").append(r.bodyLines()).append(",\n");
        key("footnoteLines").append(r.footnoteLines()).append(",\n");
        key("hyphenatedLines").append(r.hyphenatedLines()).append(",\n");
        key("longestHyphenRun").append(r.longestHyphenRun()).append(",\n");
        TypesettingReport.WordSpacing w = r.wordSpacing();
        key("wordSpaceEm").append("{");
        key("lines").append(w.lines()).append(", ");
        key("mean").number(w.mean()).append(", ");
        key("deviation").number(w.deviation()).append(", ");
        key("min").number(w.min()).append(", ");
        key("max").number(w.max()).append("},\n");
        key("looseWordSpaceEmAbove").number(TypesettingReport.LOOSE).append(",\n");
        key("tightWordSpaceEmBelow").number(TypesettingReport.TIGHT).append(",\n");
        key("looseLines").places(r.looseLines(), "wordSpaceEm").append(",\n");
        key("unbreakableWords").places(r.unbreakableWords(), "wordSpaceEm").append(",\n");
        key("tightLines").places(r.tightLines(), "wordSpaceEm").append(",\n");
        key("overfullLines").places(r.overfullLines(), "overflowPt").append(",\n");
        key("paragraphsSetLonger").places(r.paragraphsSetLonger(), "lines").append(",\n");
        key("paragraphsSetShorter").places(r.paragraphsSetShorter(), "lines").append(",\n");
        key("widowsAndOrphansAvoided").append(r.widowsAndOrphansAvoided()).append(",\n");
        key("forcedWidows").places(r.forcedWidows(), null).append(",\n");
        key("shortPages").shortPages(r.shortPages()).append(",\n");
        key("forcedOrphans").places(r.forcedOrphans(), null).append(",\n");
        key("fallbackCharacters").glyphs(r.fallbackCharacters(), "font").append(",\n");
        key("missingCharacters").glyphs(r.missingCharacters(), "context").append(",\n");
        key("cutWords").append("[");
        for (int i = 0; i < r.cutWords().size(); i++) {
            out.append(i == 0 ? "" : ", ");
            string(r.cutWords().get(i));
        }
        out.append("],\n");
        key("images").images(r.images()).append(",\n");
        key("lowResolutionImages").images(r.lowResolutionImages()).append(",\n");
        key("stages").append("[");
        long total = 0;
        for (int i = 0; i < r.stages().size(); i++) {
            StageReport s = r.stages().get(i);
            out.append(i == 0 ? "\n    {" : ",\n    {");
            key("stage").string(s.stage()).append(", ");
            key("items").string(s.items()).append(", ");
            key("millis").append(s.millis()).append("}");
            total += s.millis();
        }
        out.append(r.stages().isEmpty() ? "],\n" : "\n  ],\n");
        key("totalMillis").append(total).append(",\n");
        if (r.preflight() != null) {
            key("preflight").preflight(r.preflight()).append(",\n");
        }
        if (r.coverPreflight() != null) {
            key("coverPreflight").preflight(r.coverPreflight()).append(",\n");
        }
        key("strictProblems").append("[");
        List<String> problems = r.strictProblems();
        for (int i = 0; i < problems.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            string(problems.get(i));
        }
        out.append("]\n}\n");
        return this;
    }

    private ReportJson preflight(Preflight p) {
        out.append("{\n    ");
        key("pdfxVersion");
        string(p.pdfxVersion());
        out.append(",\n    ");
        key("pdfxOutputCondition");
        string(p.pdfxOutputCondition());
        out.append(",\n    ");
        key("claimsPdfX4").append(p.claimsPdfX4()).append(",\n    ");
        key("fonts").append("[");
        for (int i = 0; i < p.fonts().size(); i++) {
            Preflight.Font f = p.fonts().get(i);
            out.append(i == 0 ? "\n      {" : ",\n      {");
            key("name").string(f.name()).append(", ");
            key("type").string(f.type()).append(", ");
            key("embedded").append(f.embedded()).append(", ");
            key("subset").append(f.subset()).append(", ");
            key("pages").append(f.pages().toString().replace(" ", "")).append("}");
        }
        out.append(p.fonts().isEmpty() ? "],\n    " : "\n    ],\n    ");
        key("deviceRgbPages").append(p.deviceRgbPages().toString().replace(" ", "")).append(",\n    ");
        key("acrossBleedPages").append(p.acrossBleedPages().toString().replace(" ", "")).append(",\n    ");
        key("shortOfBleedPages").append(p.shortOfBleedPages().toString().replace(" ", "")).append(",\n    ");
        key("pageEdges").append("[");
        for (int i = 0; i < p.pageEdges().size(); i++) {
            Preflight.PageEdges e = p.pageEdges().get(i);
            out.append(i == 0 ? "\n      {" : ",\n      {");
            key("page").append(e.page()).append(", ");
            key("folio").string(p.folios().get(e.page() - 1)).append(", ");
            key("acrossBleed").strings(e.acrossBleed()).append(", ");
            key("shortOfBleed").strings(e.shortOfBleed()).append("}");
        }
        out.append(p.pageEdges().isEmpty() ? "],\n    " : "\n    ],\n    ");
        key("pageColours").append("[");
        for (int i = 0; i < p.pageColours().size(); i++) {
            Preflight.PageColours c = p.pageColours().get(i);
            out.append(i == 0 ? "\n      {" : ",\n      {");
            key("page").append(c.page()).append(", ");
            key("folio").string(p.folios().get(c.page() - 1)).append(", ");
            key("spaces").strings(c.spaces()).append("}");
        }
        out.append(p.pageColours().isEmpty() ? "]\n  }" : "\n    ]\n  }");
        return this;
    }

    private ReportJson strings(List<String> values) {
        out.append("[");
        for (int j = 0; j < values.size(); j++) {
            out.append(j == 0 ? "" : ", ");
            string(values.get(j));
        }
        out.append("]");
        return this;
    }

    private ReportJson images(List<TypesettingReport.PrintedImage> images) {
        out.append("[");
        for (int i = 0; i < images.size(); i++) {
            TypesettingReport.PrintedImage p = images.get(i);
            out.append(i == 0 ? "\n    {" : ",\n    {");
            key("page").append(p.page()).append(", ");
            key("folio").string(p.folio()).append(", ");
            key("source").string(p.source()).append(", ");
            key("widthMm").number(p.widthMm()).append(", ");
            key("heightMm").number(p.heightMm()).append(", ");
            key("ppi").number(p.ppi()).append("}");
        }
        out.append(images.isEmpty() ? "]" : "\n  ]");
        return this;
    }

    private ReportJson places(List<TypesettingReport.Place> places, String valueKey) {
        out.append("[");
        for (int i = 0; i < places.size(); i++) {
            TypesettingReport.Place p = places.get(i);
            out.append(i == 0 ? "\n    {" : ",\n    {");
            key("page").append(p.page()).append(", ");
            key("folio").string(p.folio()).append(", ");
            key("firstWords").string(p.firstWords());
            if (valueKey != null) {
                out.append(", ");
                key(valueKey).number(p.value());
            }
            out.append("}");
        }
        out.append(places.isEmpty() ? "]" : "\n  ]");
        return this;
    }

    private ReportJson shortPages(List<TypesettingReport.ShortPage> pages) {
        out.append("[");
        for (int i = 0; i < pages.size(); i++) {
            TypesettingReport.ShortPage p = pages.get(i);
            out.append(i == 0 ? "\n    {" : ",\n    {");
            key("page").append(p.page()).append(", ");
            key("folio").string(p.folio()).append(", ");
            key("lines").append(p.lines()).append(", ");
            key("why").string(p.why()).append(", ");
            key("reason").string(p.reason()).append("}");
        }
        out.append(pages.isEmpty() ? "]" : "\n  ]");
        return this;
    }

    private ReportJson glyphs(List<TypesettingReport.Glyph> glyphs, String detailKey) {
        out.append("[");
        for (int i = 0; i < glyphs.size(); i++) {
            TypesettingReport.Glyph g = glyphs.get(i);
            out.append(i == 0 ? "\n    {" : ",\n    {");
            key("codePoint").string(g.hex()).append(", ");
            key("name").string(g.name()).append(", ");
            key(detailKey).string(g.detail()).append("}");
        }
        out.append(glyphs.isEmpty() ? "]" : "\n  ]");
        return this;
    }

    private ReportJson key(String name) {
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.append("  ");
        }
        string(name);
        out.append(": ");
        return this;
    }

    private ReportJson append(Object value) {
        out.append(value);
        return this;
    }

    private ReportJson number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            out.append("null");
        } else {
            String s = String.format(Locale.ROOT, "%.4f", value);
            // trailing zeros say nothing
            int end = s.length();
            while (s.charAt(end - 1) == '0') {
                end--;
            }
            if (s.charAt(end - 1) == '.') {
                end--;
            }
            out.append(s, 0, end);
        }
        return this;
    }

    /** A JSON string, or null for none. */
    private ReportJson string(String s) {
        if (s == null) {
            out.append("null");
            return this;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
