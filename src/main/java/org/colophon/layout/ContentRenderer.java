package org.colophon.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colophon.error.Warnings;
import org.colophon.highlight.CodeLanguage;
import org.colophon.highlight.CodeText;
import org.colophon.highlight.CodeToken;
import org.colophon.highlight.Highlighter;
import org.colophon.model.Block;
import org.colophon.model.Inline;

/**
 * Writes the blocks and phrasing of one page as semantic XHTML, so that both an e-reader
 * and Colophon's typesetter can style it: classes name roles, {@code epub:type} and ARIA
 * roles name what notes and sections are. One instance per page: it numbers that page's
 * notes (1, 2, … in each chapter) and keeps their bodies for the end of the page.
 */
final class ContentRenderer {

    /** A note of this page, numbered, its body rendered with a link back to its call. */
    record RenderedNote(String id, String callId, int number, Markup body) {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private record PendingNote(Inline.Note note, String callId, int number) {}

    private final IdLocator locator;
    private final String pageFile;
    private final IdAllocator ids;
    private final Map<String, String> mediaHrefs;
    private final Map<Block.Section, String> sectionIds;
    private final Warnings warnings;
    private final String source;
    private final References refs;
    private final List<PendingNote> pending = new ArrayList<>();
    private final Highlighter highlighter = new Highlighter();

    /**
     * @param pageFile   this page's file name, for links that stay on the page
     * @param mediaHrefs asset href → URL of the image relative to the page
     * @param sectionIds ids made up for sections the navigation points to
     * @param source     how warnings name the book
     * @param refs       the book's numbers, pages and the words that go with them
     */
    ContentRenderer(IdLocator locator, String pageFile, IdAllocator ids, Map<String, String> mediaHrefs,
                    Map<Block.Section, String> sectionIds, Warnings warnings, String source, References refs) {
        this.refs = refs;
        this.sectionIds = sectionIds;
        this.locator = locator;
        this.pageFile = pageFile;
        this.ids = ids;
        this.mediaHrefs = mediaHrefs;
        this.warnings = warnings;
        this.source = source;
    }

    /** Blocks of a division; a section directly inside gets {@code <h(headingBase + level)>}. */
    Markup blocks(List<Block> blocks) {
        StringBuilder sb = new StringBuilder(1024);
        blocks(blocks, sb);
        return new Markup(sb.toString());
    }

    /** Phrasing with everything it carries: note calls, anchors, links. For headings and text. */
    Markup inlines(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder(128);
        inlines(inlines, sb, false);
        return new Markup(sb.toString());
    }

    /**
     * Phrasing to be repeated elsewhere (a title in the contents, a running head): without
     * note calls, anchors or links, so that no id appears twice and no link nests in another.
     */
    Markup inlinesForReuse(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder(128);
        inlines(inlines, sb, true);
        return new Markup(sb.toString());
    }

    /** The notes called so far on this page, in call order (a note inside a note comes after). */
    List<RenderedNote> notes() {
        List<RenderedNote> out = new ArrayList<>(pending.size());
        // pending grows while bodies are rendered, when a note itself calls a note
        for (int i = 0; i < pending.size(); i++) {
            PendingNote p = pending.get(i);
            out.add(new RenderedNote(p.note().id(), p.callId(), p.number(), noteBody(p)));
        }
        return out;
    }

    private Markup noteBody(PendingNote p) {
        StringBuilder sb = new StringBuilder(256);
        String backlink = "<a class=\"note-backlink\" href=\"#" + Xml.escape(p.callId())
                + "\" role=\"doc-backlink\">" + p.number() + "</a>";
        List<Block> content = p.note().content();
        if (!content.isEmpty() && content.get(0) instanceof Block.Paragraph first) {
            sb.append("<p");
            attr(sb, "id", first.id());
            sb.append(" class=\"note-text");
            if (first.style() != null) {
                sb.append(' ');
                Xml.append(sb, first.style());
            }
            sb.append("\">").append(backlink).append(' ');
            inlines(first.content(), sb, false);
            sb.append("</p>\n");
            blocks(content.subList(1, content.size()), sb);
        } else {
            sb.append("<p class=\"note-text\">").append(backlink).append("</p>\n");
            blocks(content, sb);
        }
        return new Markup(sb.toString());
    }

    private void blocks(List<Block> blocks, StringBuilder sb) {
        for (Block b : blocks) {
            block(b, sb);
        }
    }

    private void block(Block b, StringBuilder sb) {
        if (b instanceof Block.Paragraph p) {
            sb.append("<p");
            attr(sb, "id", p.id());
            attr(sb, "class", p.style());
            sb.append('>');
            inlines(p.content(), sb, false);
            sb.append("</p>\n");
        } else if (b instanceof Block.Section s) {
            int h = Math.min(6, Math.max(2, s.level() + 1));
            sb.append("<section");
            attr(sb, "id", s.id() == null || s.id().isEmpty() ? sectionIds.get(s) : s.id());
            sb.append(" class=\"level-").append(s.level()).append("\">\n");
            if (!s.title().isEmpty()) {
                sb.append("<h").append(h).append('>');
                String number = refs.numbers().of(s);
                if (number != null) {
                    sb.append("<span class=\"number\">").append(Xml.escape(number)).append("</span> ");
                }
                inlines(s.title(), sb, false);
                sb.append("</h").append(h).append(">\n");
            }
            blocks(s.blocks(), sb);
            sb.append("</section>\n");
        } else if (b instanceof Block.BlockQuote q) {
            sb.append("<blockquote");
            attr(sb, "id", q.id());
            lang(sb, q.lang());
            sb.append(">\n");
            blocks(q.blocks(), sb);
            attribution(q.attribution(), sb);
            sb.append("</blockquote>\n");
        } else if (b instanceof Block.Aside a) {
            aside(a, sb);
        } else if (b instanceof Block.Verse v) {
            verse(v, sb);
        } else if (b instanceof Block.ListBlock l) {
            String tag = l.ordered() ? "ol" : "ul";
            sb.append('<').append(tag);
            attr(sb, "id", l.id());
            if (l.ordered() && l.start() != 1) {
                sb.append(" start=\"").append(l.start()).append('"');
            }
            sb.append(">\n");
            for (Block.ListItem item : l.items()) {
                sb.append("<li>");
                blocks(item.blocks(), sb);
                sb.append("</li>\n");
            }
            sb.append("</").append(tag).append(">\n");
        } else if (b instanceof Block.Figure f) {
            figure(f, sb);
        } else if (b instanceof Block.Table t) {
            new TableMarkup(this::cellBlocks, this::inlinesInto, refs).table(t, sb);
        } else if (b instanceof Block.SceneBreak br) {
            if (br.mark() == null || br.mark().isBlank()) {
                sb.append("<hr class=\"scene-break\"/>\n");
            } else {
                sb.append("<p class=\"scene-break\" role=\"separator\">");
                Xml.append(sb, br.mark());
                sb.append("</p>\n");
            }
        } else if (b instanceof Block.Preformatted pre) {
            sb.append("<pre");
            attr(sb, "id", pre.id());
            sb.append('>');
            Xml.append(sb, pre.text());
            sb.append("</pre>\n");
        } else if (b instanceof Block.CodeBlock code) {
            codeBlock(code, sb);
        }
    }

    /**
     * A code block: {@code <pre><code class="language-…">} with a span per token kind; line
     * numbers in spans hidden from screen readers, so that they read only the code; a
     * captioned block is a numbered listing, its caption above it as books print them.
     */
    private void codeBlock(Block.CodeBlock code, StringBuilder sb) {
        boolean listing = !code.caption().isEmpty();
        String id = refs.numbers().idOf(code, code.id());
        if (listing) {
            sb.append("<figure class=\"listing\"");
            attr(sb, "id", id);
            sb.append(">\n<figcaption>");
            captionLabel(Numbers.TargetKind.LISTING, refs.numbers().of(code), sb);
            inlines(code.caption(), sb, false);
            sb.append("</figcaption>\n");
        }
        Optional<CodeLanguage> language = code.language() == null ? Optional.empty()
                : CodeLanguage.named(code.language());
        String text = CodeText.expandTabs(code.text());
        List<List<CodeToken>> lines = language.map(l -> highlighter.lines(l, text))
                .orElseGet(() -> Highlighter.plain(text));
        boolean numbered = code.lineNumbers() == Block.LineNumbers.SHOWN;
        sb.append("<pre class=\"code");
        if (numbered) {
            sb.append(" line-numbers");
        }
        sb.append('"');
        if (!listing) {
            attr(sb, "id", id);
        }
        sb.append("><code");
        if (code.language() != null) {
            attr(sb, "class", "language-" + code.language());
        }
        sb.append('>');
        int width = Integer.toString(lines.size()).length();
        for (int n = 0; n < lines.size(); n++) {
            if (n > 0) {
                sb.append('\n');
            }
            if (numbered) {
                String number = Integer.toString(n + 1);
                sb.append("<span class=\"line-number\" aria-hidden=\"true\">")
                        .append(" ".repeat(width - number.length())).append(number).append(" </span>");
            }
            for (CodeToken token : lines.get(n)) {
                String css = token.kind().cssClass();
                if (css != null) {
                    sb.append("<span class=\"").append(css).append("\">");
                }
                Xml.append(sb, token.text());
                if (css != null) {
                    sb.append("</span>");
                }
            }
        }
        sb.append("</code></pre>\n");
        if (listing) {
            sb.append("</figure>\n");
        }
    }

    /**
     * An admonition or a sidebar: an {@code aside} (outside the flow for screen readers
     * that skip asides, as readers skip a boxed note) whose first line is its title or the
     * word for its kind.
     */
    private void aside(Block.Aside a, StringBuilder sb) {
        String kind = a.kind().name().toLowerCase(java.util.Locale.ROOT);
        sb.append("<aside");
        attr(sb, "id", a.id());
        sb.append(" class=\"admonition ").append(kind).append("\">\n<p class=\"admonition-title\">");
        String label = refs.labels().getOrDefault(kind, a.kind().name());
        if (a.title().isEmpty()) {
            Xml.append(sb, label);
        } else {
            if (a.kind() != Block.AsideKind.SIDEBAR) {
                // a titled warning still says it is one
                sb.append("<span class=\"admonition-label\">");
                Xml.append(sb, label);
                sb.append("</span> ");
            }
            inlines(a.title(), sb, false);
        }
        sb.append("</p>\n");
        blocks(a.blocks(), sb);
        sb.append("</aside>\n");
    }

    private void verse(Block.Verse v, StringBuilder sb) {
        sb.append("<div class=\"verse\"");
        attr(sb, "id", v.id());
        lang(sb, v.lang());
        sb.append(">\n");
        for (Block.Stanza stanza : v.stanzas()) {
            sb.append("<div class=\"stanza\">\n");
            for (Block.VerseLine line : stanza.lines()) {
                sb.append("<p class=\"line");
                if (line.indent() > 0) {
                    sb.append(" indent-").append(Math.min(line.indent(), 8));
                }
                sb.append("\">");
                inlines(line.content(), sb, false);
                sb.append("</p>\n");
            }
            sb.append("</div>\n");
        }
        attribution(v.attribution(), sb);
        sb.append("</div>\n");
    }

    private void figure(Block.Figure f, StringBuilder sb) {
        sb.append("<figure");
        attr(sb, "id", refs.numbers().idOf(f, f.id()));
        if (f.placement() == Block.Placement.HERE) {
            sb.append(" class=\"here\"");
        }
        sb.append(">\n");
        if (f.src() != null) {
            String url = mediaHrefs.get(f.src());
            if (url == null) {
                warnings.warn(source, 0, 0, "figure image '" + f.src() + "' is not among the book's files; left out");
            } else {
                sb.append("<img src=\"");
                Xml.append(sb, url);
                if (f.width() != null) {
                    // the one place the PDF reads a style attribute: BlockBuilder reads this width back
                    sb.append("\" style=\"width: ").append(f.width().css());
                }
                if (f.decorative() || f.alt() == null) {
                    sb.append("\" alt=\"\" role=\"presentation\"/>\n");
                } else {
                    sb.append("\" alt=\"");
                    Xml.append(sb, f.alt());
                    sb.append("\"/>\n");
                }
            }
        }
        if (!f.caption().isEmpty()) {
            sb.append("<figcaption>");
            captionLabel(Numbers.TargetKind.FIGURE, refs.numbers().of(f), sb);
            inlines(f.caption(), sb, false);
            sb.append("</figcaption>\n");
        }
        sb.append("</figure>\n");
    }

    /**
     * A cell's content: running text straight in the cell (a paragraph without id, style or
     * language of its own), paragraphs otherwise.
     */
    private void cellBlocks(List<Block> blocks, StringBuilder sb) {
        if (blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph p && p.id() == null && p.style() == null) {
            inlines(p.content(), sb, false);
        } else {
            blocks(blocks, sb);
        }
    }

    private void inlinesInto(List<Inline> inlines, StringBuilder sb) {
        inlines(inlines, sb, false);
    }

    private void attribution(List<Inline> attribution, StringBuilder sb) {
        if (!attribution.isEmpty()) {
            sb.append("<p class=\"attribution\">");
            inlines(attribution, sb, false);
            sb.append("</p>\n");
        }
    }

    private void inlines(List<Inline> inlines, StringBuilder sb, boolean reuse) {
        for (Inline i : inlines) {
            inline(i, sb, reuse);
        }
    }

    private void inline(Inline i, StringBuilder sb, boolean reuse) {
        if (i instanceof Inline.Text t) {
            Xml.append(sb, t.text());
        } else if (i instanceof Inline.Styled s) {
            String open;
            String close;
            switch (s.style()) {
                case EMPHASIS -> { open = "<em>"; close = "</em>"; }
                case STRONG -> { open = "<strong>"; close = "</strong>"; }
                case SMALL_CAPS -> { open = "<span class=\"smallcaps\">"; close = "</span>"; }
                case SUPERSCRIPT -> { open = "<sup>"; close = "</sup>"; }
                case SUBSCRIPT -> { open = "<sub>"; close = "</sub>"; }
                default -> { open = "<span class=\"underline\">"; close = "</span>"; }
            }
            sb.append(open);
            inlines(s.content(), sb, reuse);
            sb.append(close);
        } else if (i instanceof Inline.Quote q) {
            Xml.append(sb, q.open() == null ? "\u201C" : q.open());
            inlines(q.content(), sb, reuse);
            Xml.append(sb, q.close() == null ? "\u201D" : q.close());
        } else if (i instanceof Inline.Foreign f) {
            sb.append("<span");
            lang(sb, f.lang());
            sb.append('>');
            inlines(f.content(), sb, reuse);
            sb.append("</span>");
        } else if (i instanceof Inline.Note n) {
            if (!reuse) {
                noteCall(n, sb);
            }
        } else if (i instanceof Inline.CrossRef c) {
            String href = reuse ? null : crossRefHref(c.target());
            if (href == null) {
                inlines(c.content(), sb, true);
                referenceWords(c, sb);
            } else {
                sb.append("<a class=\"xref\" href=\"");
                Xml.append(sb, href);
                sb.append("\">");
                inlines(c.content(), sb, true);
                referenceWords(c, sb);
                sb.append("</a>");
            }
        } else if (i instanceof Inline.Link l) {
            if (reuse) {
                inlines(l.content(), sb, true);
            } else {
                sb.append("<a href=\"");
                Xml.append(sb, encodeUnsafe(l.href()));
                sb.append("\">");
                // a link's text cannot hold another link nor a note call
                inlines(l.content(), sb, true);
                sb.append("</a>");
            }
        } else if (i instanceof Inline.Code c) {
            String tag = c.kind() == Inline.CodeKind.KEYBOARD ? "kbd" : "code";
            sb.append('<').append(tag).append('>');
            Xml.append(sb, c.text());
            sb.append("</").append(tag).append('>');
        } else if (i instanceof Inline.LineBreak) {
            sb.append(reuse ? " " : "<br/>");
        } else if (i instanceof Inline.Anchor a) {
            if (!reuse) {
                sb.append("<span id=\"");
                Xml.append(sb, a.id());
                sb.append("\"></span>");
            }
        } else if (i instanceof Inline.IndexTerm t) {
            if (!reuse) {
                // the place an index locator links to; it prints nothing
                sb.append("<span class=\"ix\" id=\"");
                Xml.append(sb, t.id());
                sb.append("\"></span>");
            }
        }
    }

    /** The number of a numbered element (a division, a section, a figure), or null. */
    String numberOf(Object element) {
        return refs.numbers().of(element);
    }

    /** "Figure 3.2. " before a caption, when the figure is numbered. */
    private void captionLabel(Numbers.TargetKind kind, String number, StringBuilder sb) {
        String label = refs.captionLabel(kind, number);
        if (label != null) {
            sb.append("<span class=\"label\">");
            Xml.append(sb, label);
            sb.append("</span>");
            Xml.append(sb, refs.labels().getOrDefault("captionSeparator", ". "));
        }
    }

    /**
     * What a reference prints of its target after its own words: "figure 3.2", "on page 47"…
     * An empty reference that asks for nothing prints the target's label, else its title.
     */
    private void referenceWords(Inline.CrossRef c, StringBuilder sb) {
        Numbers.Target target = refs.numbers().target(c.target());
        if (target == null) {
            return; // a reference to nothing was warned about; its own words stand
        }
        List<Inline.RefPart> show = c.show();
        if (show.isEmpty() && c.content().isEmpty()) {
            show = List.of(target.number() != null ? Inline.RefPart.LABEL : Inline.RefPart.TITLE);
        }
        boolean first = c.content().isEmpty();
        for (Inline.RefPart part : show) {
            int before = sb.length();
            if (!first) {
                sb.append(' ');
            }
            int start = sb.length();
            switch (part) {
                case LABEL, CAPITAL_LABEL -> {
                    String words = refs.referenceLabel(target);
                    if (words == null) {
                        inlines(target.title(), sb, true);
                    } else {
                        Xml.append(sb, part == Inline.RefPart.CAPITAL_LABEL ? refs.capitalised(words) : words);
                    }
                }
                case NUMBER -> {
                    if (target.number() != null) {
                        Xml.append(sb, target.number());
                    } else {
                        warnings.warn(source, 0, 0, "cross-reference to '" + c.target() + "' asks for its number,"
                                + " but it has none (see layouts/numbering.properties); printed without");
                    }
                }
                case TITLE -> inlines(target.title(), sb, true);
                case PAGE, ON_PAGE -> refs.page(c.target(), part == Inline.RefPart.ON_PAGE)
                        .ifPresent(words -> Xml.append(sb, words));
            }
            if (sb.length() == start) {
                sb.setLength(before); // nothing printed: no space for it either
            } else {
                first = false;
            }
        }
    }

    private void noteCall(Inline.Note n, StringBuilder sb) {
        int number = pending.size() + 1;
        String callId = ids.unique("ref-" + n.id());
        pending.add(new PendingNote(n, callId, number));
        sb.append("<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" href=\"#");
        Xml.append(sb, n.id());
        sb.append("\" id=\"");
        Xml.append(sb, callId);
        sb.append("\">").append(number).append("</a>");
    }

    private String crossRefHref(String target) {
        String file = locator.fileOf(target);
        if (file == null) {
            warnings.warn(source, 0, 0, "cross-reference to '" + target + "', which no element of the book has; "
                    + "set as plain text");
            return null;
        }
        return file.equals(pageFile) ? "#" + target : file + "#" + target;
    }

    /**
     * Percent-encodes what may not stand in a URL as written (spaces, non-ASCII, controls),
     * leaving everything else, including existing escapes, as the manuscript gave it.
     */
    static String encodeUnsafe(String url) {
        StringBuilder sb = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean unsafe = c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\'
                    || c == '^' || c == '`' || c == '{' || c == '|' || c == '}';
            if (unsafe && sb == null) {
                sb = new StringBuilder(url.length() + 16).append(url, 0, i);
            }
            if (sb == null) {
                continue;
            }
            if (!unsafe) {
                sb.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
            for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return sb == null ? url : sb.toString();
    }

    private static void attr(StringBuilder sb, String name, String value) {
        if (value != null && !value.isEmpty()) {
            sb.append(' ').append(name).append("=\"");
            Xml.append(sb, value);
            sb.append('"');
        }
    }

    private static void lang(StringBuilder sb, String lang) {
        if (lang != null && !lang.isEmpty()) {
            attr(sb, "xml:lang", lang);
            attr(sb, "lang", lang);
        }
    }
}
