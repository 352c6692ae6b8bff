package org.colophon.reader.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.model.Block;
import org.colophon.model.Inline;
import org.colophon.reader.Assets;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Markdown's blocks (all but headings, which {@link ChapterBuilder} makes divisions and
 * sections of) onto the model's {@link Block}s: paragraphs, figures (an image alone in its
 * paragraph), block quotes, lists, code, tables and scene breaks.
 */
final class MarkdownBlocks {

    private final SourceText source;
    private final MarkdownInlines inlines;
    private final Assets assets;

    MarkdownBlocks(SourceText source, MarkdownInlines inlines, Assets assets) {
        this.source = source;
        this.inlines = inlines;
        this.assets = assets;
        inlines.readNotesWith(this::of);
    }

    /** The blocks inside {@code container}. */
    List<Block> of(Node container, int depth) throws BuildException {
        source.checkDepth(container, depth);
        List<Block> out = new ArrayList<>();
        for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
            Block b = block(n, depth + 1);
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    /** One block; null for what prints nothing where it stands (link and footnote definitions). */
    Block block(Node n, int depth) throws BuildException {
        if (n instanceof Paragraph p) {
            Image image = loneImage(p);
            return image != null ? figure(image, depth) : new Block.Paragraph(null, null, inlines.paragraph(p, depth));
        }
        if (n instanceof BlockQuote) {
            return new Block.BlockQuote(null, null, of(n, depth), List.of());
        }
        if (n instanceof BulletList) {
            return new Block.ListBlock(null, false, 1, items(n, depth));
        }
        if (n instanceof OrderedList list) {
            Integer start = list.getMarkerStartNumber();
            return new Block.ListBlock(null, true, start == null ? 1 : start, items(n, depth));
        }
        if (n instanceof FencedCodeBlock code) {
            return new Block.CodeBlock(null, language(code.getInfo()), Block.LineNumbers.HIDDEN, List.of(),
                    inlines.counted(code(code.getLiteral()), n));
        }
        if (n instanceof IndentedCodeBlock code) {
            return new Block.CodeBlock(null, null, Block.LineNumbers.HIDDEN, List.of(),
                    inlines.counted(code(code.getLiteral()), n));
        }
        if (n instanceof ThematicBreak) {
            return new Block.SceneBreak("");
        }
        if (n instanceof TableBlock table) {
            return table(table, depth);
        }
        if (n instanceof LinkReferenceDefinition || n instanceof FootnoteDefinition) {
            return null;
        }
        if (n instanceof HtmlBlock html) {
            String first = html.getLiteral().strip().lines().findFirst().orElse("");
            java.util.regex.Matcher tag = java.util.regex.Pattern.compile("^<[^>]*>").matcher(first);
            if (tag.find() && RawHtml.of(tag.group()) != null) {
                throw source.error(n, "'" + tag.group() + "' opens a line, which makes the line an HTML block to"
                        + " CommonMark; expected it inside a paragraph's text (after a word on the same line)");
            }
            throw source.error(n, "raw HTML '" + (first.length() > 40 ? first.substring(0, 40) + "…" : first)
                    + "' is refused; Colophon reads only " + RawHtml.ACCEPTED + ", inside a paragraph");
        }
        if (n instanceof Heading) {
            throw source.error(n, "a heading inside a quotation, a list or a note; expected headings at the"
                    + " start of a line, outside any block");
        }
        throw source.error(n, "Colophon does not read this Markdown (" + n.getClass().getSimpleName() + ") here");
    }

    private List<Block.ListItem> items(Node list, int depth) throws BuildException {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items.add(new Block.ListItem(of(item, depth + 1)));
            }
        }
        return items;
    }

    /** The image of a paragraph that holds nothing else (white space aside), or null. */
    private static Image loneImage(Paragraph p) {
        Image image = null;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image i && image == null) {
                image = i;
            } else if (!(n instanceof SoftLineBreak) && !(n instanceof Text t && t.getLiteral().isBlank())) {
                return null;
            }
        }
        return image;
    }

    /** {@code ![alt](src "caption")}: the alt text is what the image shows, the title its caption. */
    private Block figure(Image image, int depth) throws BuildException {
        String alt = inlines.counted(plainText(image, depth), image).strip();
        if (alt.isEmpty()) {
            throw source.error(image, "the image '" + image.getDestination() + "' has no alt text; expected"
                    + " ![what the image shows](" + image.getDestination() + ")");
        }
        List<Diagnostic> problems = new ArrayList<>();
        String href = assets.register(image.getDestination(), source.base(), source.at(image), true, problems);
        if (href == null) {
            throw new BuildException(problems);
        }
        String title = image.getTitle();
        List<Inline> caption = title == null || title.isBlank() ? List.of() : List.of(new Inline.Text(title.strip()));
        return new Block.Figure(null, href, alt, false, caption);
    }

    private String plainText(Node n, int depth) throws BuildException {
        source.checkDepth(n, depth);
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof org.commonmark.node.Code code) {
                sb.append(code.getLiteral());
            } else if (c instanceof SoftLineBreak) {
                sb.append(' ');
            } else {
                sb.append(plainText(c, depth + 1));
            }
        }
        return sb.toString();
    }

    /** A GFM table: its first row is the header (th cells), the delimiter row gives each column's alignment. */
    private Block table(TableBlock table, int depth) throws BuildException {
        List<Block.TableRow> head = new ArrayList<>();
        List<Block.TableRow> body = new ArrayList<>();
        List<Block.TableColumn> columns = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean isHead = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Block.TableCell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) {
                        if (isHead) {
                            columns.add(new Block.TableColumn(null, alignment(c.getAlignment())));
                        }
                        List<Inline> content = inlines.paragraph(c, depth + 1);
                        cells.add(new Block.TableCell(c.isHeader(), 1, 1, null,
                                content.isEmpty() ? List.of() : List.of(new Block.Paragraph(null, null, content))));
                    }
                }
                (isHead ? head : body).add(new Block.TableRow(cells));
            }
        }
        return new Block.Table(null, List.of(), columns, head, body, List.of());
    }

    private static Block.Alignment alignment(TableCell.Alignment a) {
        if (a == null) {
            return null;
        }
        return switch (a) {
            case LEFT -> Block.Alignment.LEFT;
            case CENTER -> Block.Alignment.CENTER;
            case RIGHT -> Block.Alignment.RIGHT;
        };
    }

    /** A code block's text without the line end CommonMark leaves after its last line. */
    private static String code(String literal) {
        return literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    }

    /** The first word of a fence's info string, lower case ({@code ```Java} and {@code ```{.java}} are java). */
    static String language(String info) {
        if (info == null || info.isBlank()) {
            return null;
        }
        String word = info.strip().split("\\s+")[0].replaceAll("^[{.]+|}+$", "").toLowerCase(Locale.ROOT);
        return word.matches("[a-z][a-z0-9+#.\\-]*") ? word : null;
    }
}
