package org.colophon.pdf.flow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.error.Warnings;
import org.colophon.model.Block;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.SetLine;

/**
 * Sets the paragraphs of the flow blocks into lines and lays the result out as a
 * vertical list: one box per line, penalties where a page may break (never leaving a
 * paragraph's first or last line alone, never right after a heading), glue for margins.
 */
public final class FlowBuilder {

    /** Space between an image and the previous baseline, in grid lines. */
    private static final float IMAGE_CLEARANCE = 0.35f;
    /** A hung list marker stands this far (in its font size) from the text. */
    private static final float MARKER_GAP = 0.5f;

    private final ParagraphSetter setter;
    private final TableFlow tables;
    private final float grid;
    private final float floatHeight;
    private final Map<FlowBlock.Text, ParagraphSetter.SetParagraph> preset = new IdentityHashMap<>();
    private final Map<String, List<FlowItem.Box>> footnotes = new java.util.LinkedHashMap<>();
    private final java.util.Set<String> footnoteIds = new java.util.HashSet<>();
    private final java.util.Set<String> calledNotes = new java.util.HashSet<>();

    private final List<FlowItem> items = new ArrayList<>();
    // lines of settings the page breaker may take instead: their places are known, but they
    // are not lines set unless taken
    private int otherLines;
    private final Map<SetLine, LinePlace> places = new IdentityHashMap<>();
    private String pagePath;   // the XHTML page the blocks being added come from
    private int sourceOffset;  // visible characters of that page's text before the next block
    private List<FlowItem> openFloat; // a figure, its caption and the space after them
    private FlowBlock.Image openImage; // the figure's image, its first box
    private boolean awaitingCaption;
    private boolean previousKeepsWithNext = true; // no break before the first block
    private int linesAfterHeading = Integer.MAX_VALUE; // body lines set since the last heading

    /**
     * @param floatHeight how tall a figure with its caption may be: the height from the
     *                    first baseline to the last of the smallest text block
     */
    public FlowBuilder(ParagraphSetter setter, float grid, float floatHeight) {
        this(setter, grid, floatHeight, 0, Warnings.ignore());
    }

    /**
     * @param textHeight the text block's height: the measure of a table set on a page turned a
     *                   quarter, when it is too wide for the page's measure (0: never turned)
     * @param warnings   where a table too wide for the measure is said
     */
    public FlowBuilder(ParagraphSetter setter, float grid, float floatHeight, float textHeight, Warnings warnings) {
        this.setter = setter;
        this.grid = grid;
        this.floatHeight = floatHeight;
        this.tables = new TableFlow(setter, grid, floatHeight, textHeight, warnings);
    }

    public List<FlowItem> items() {
        return items;
    }

    /**
     * Where a set line sits in its paragraph (for the typesetting report), and where its
     * text begins in its XHTML page: {@code sourceOffset} visible characters (code points
     * that are not white space nor format characters) of the page's text come before it.
     * {@code looseness} is 1 (-1) for a line of a paragraph set a line longer (shorter)
     * than its best setting, for the page breaker; else 0.
     */
    public record LinePlace(String element, int index, int count, boolean footnote, String pagePath, int sourceOffset,
                     int looseness) {}

    /** Every line this builder set, by identity, with its place in its paragraph. */
    public Map<SetLine, LinePlace> linePlaces() {
        return places;
    }

    /** How many lines were set, footnotes included (other settings the page breaker may take aside). */
    public int lineCount() {
        return places.size() - otherLines;
    }

    /** The lines of each footnote, by id, to be set at the foot of the page of its call. */
    public Map<String, List<FlowItem.Box>> footnotes() {
        return footnotes;
    }

    /**
     * Adds the pages' blocks. Footnotes (text inside an {@code aside epub:type="footnote"})
     * leave the flow: their lines wait in {@link #footnotes()} and the line that calls
     * them (a link to the note's id) carries their id.
     */
    public void addAll(List<List<FlowBlock>> pages) {
        for (List<FlowBlock> blocks : pages) {
            for (FlowBlock b : blocks) {
                if (b instanceof FlowBlock.Text t && t.footnoteId() != null && !t.footnoteId().isEmpty()) {
                    footnoteIds.add(t.footnoteId());
                }
            }
        }
        pages.forEach(this::add);
    }

    /**
     * Sets every paragraph of {@code pages} ahead, in parallel (the setter is thread-safe
     * and its results do not depend on the order paragraphs are set in).
     */
    public void presetInParallel(List<List<FlowBlock>> pages) {
        List<FlowBlock.Text> texts = new ArrayList<>();
        for (List<FlowBlock> blocks : pages) {
            for (FlowBlock b : blocks) {
                if (b instanceof FlowBlock.Text t) {
                    texts.add(t);
                }
            }
        }
        List<ParagraphSetter.SetParagraph> lines = texts.parallelStream()
                .map(t -> setter.setParagraph(t.items(), t.spec())).toList();
        for (int i = 0; i < texts.size(); i++) {
            preset.put(texts.get(i), lines.get(i));
        }
    }

    void add(List<FlowBlock> blocks) {
        for (FlowBlock block : blocks) {
            if (block instanceof FlowBlock.PageBreak b && b.pagePath() != null && !b.pagePath().equals(pagePath)) {
                pagePath = b.pagePath();
                sourceOffset = 0;
            }
            if (block instanceof FlowBlock.PageBreak b) {
                closeFloat();
                items.add(new FlowItem.ForcedBreak(b.pagePath(), b.side()));
                previousKeepsWithNext = true;
            } else if (block instanceof FlowBlock.Space s) {
                if (s.height() != 0) {
                    emit(new FlowItem.Glue(s.height()));
                }
            } else if (block instanceof FlowBlock.Text t) {
                if (!awaitingCaption) {
                    closeFloat();
                }
                text(t); // a figure's caption is the text that follows it
                awaitingCaption = false;
            } else if (block instanceof FlowBlock.Image i) {
                closeFloat();
                image(i);
            } else if (block instanceof FlowBlock.Table t) {
                closeFloat();
                table(t);
            }
        }
        closeFloat();
    }

    private void emit(FlowItem item) {
        (openFloat != null ? openFloat : items).add(item);
    }

    private void closeFloat() {
        if (openFloat != null) {
            fitOnAPage();
            // space after the figure stays with it (it may move) and also follows it in the
            // flow; where both apply they collapse into one
            List<FlowItem> trailing = new ArrayList<>();
            for (int i = openFloat.size() - 1; i >= 0 && openFloat.get(i) instanceof FlowItem.Glue; i--) {
                trailing.add(0, openFloat.get(i));
            }
            if (openImage != null && openImage.placement() == Block.Placement.HERE) {
                // kept in the flow and in one piece: the page ends before it when it does not fit
                for (FlowItem item : openFloat) {
                    if (!(item instanceof FlowItem.Penalty)) {
                        items.add(item);
                    }
                }
            } else {
                items.add(new FlowItem.Float(openFloat));
                items.addAll(trailing);
            }
            openFloat = null;
            openImage = null;
            awaitingCaption = false;
            previousKeepsWithNext = false;
        }
    }

    private void betweenBlocks(boolean keepWithPrevious) {
        if (!previousKeepsWithNext && !keepWithPrevious && openFloat == null) {
            // before any glue, so that a page break discards the glue that follows
            int at = items.size();
            while (at > 0 && items.get(at - 1) instanceof FlowItem.Glue) {
                at--;
            }
            // a heading keeps at least two lines of text with it
            items.add(at, linesAfterHeading < 2 ? new FlowItem.Penalty(FlowItem.WIDOW, FlowItem.Fault.HEADING)
                    : new FlowItem.Penalty(0));
        }
    }

    private void text(FlowBlock.Text t) {
        ParagraphSetter.SetParagraph set = preset.remove(t);
        if (set == null) {
            set = setter.setParagraph(t.items(), t.spec());
        }
        List<SetLine> lines = set.lines();
        int offset = sourceOffset;
        int[] lineOffsets = SourceOffsets.lineStarts(t.items(), lines, offset);
        sourceOffset += SourceOffsets.visible(t.items()) + labelCharacters(t, lines, lineOffsets);
        if (lines.isEmpty()) {
            return;
        }
        // a note goes to the foot of the page of its call; one never called stays where it is
        if (t.footnoteId() != null && calledNotes.contains(t.footnoteId())) {
            List<FlowItem.Box> note = footnotes.computeIfAbsent(t.footnoteId(), k -> new ArrayList<>());
            for (int i = 0; i < lines.size(); i++) {
                places.put(lines.get(i), new LinePlace(t.element(), i, lines.size(), true, pagePath, lineOffsets[i], 0));
                float x = i == 0 ? t.indent() : t.indent() + t.hang();
                note.add(new FlowItem.Box(t.lineHeight(), false, List.of(new Frame.TextLine(lines.get(i), x, 0, t.tag()))));
            }
            return;
        }
        betweenBlocks(t.keepWithPrevious());
        boolean onGrid = Math.abs(t.lineHeight() - grid) < 0.01f;
        int n = lines.size();
        List<FlowItem.Box> boxes = lineBoxes(t, lines, lineOffsets, pagePath, onGrid, 0);
        FlowParagraph paragraph = null;
        boolean otherSettings = set.tighter() != null || set.looser() != null;
        if (otherSettings && onGrid && openFloat == null && t.headingLevel() == 0 && !t.keepTogether()
                && t.pageReference() == null && t.spec().alignment() == ParagraphSpec.Alignment.JUSTIFY) {
            // its first line's item index is where it is, and its last comes after a penalty per line
            paragraph = new FlowParagraph(items.size(), items.size() + 2 * (n - 1),
                    otherSetting(t, lines, set.tighter(), offset), otherSetting(t, lines, set.looser(), offset));
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                // at least two lines of a paragraph on each side of a page break, unless
                // nothing else will do
                if (!t.keepTogether() && t.headingLevel() == 0 && openFloat == null) {
                    boolean orphan = i < 2;
                    boolean widow = n - i < 2;
                    int cost = (orphan ? FlowItem.WIDOW : 0) + (widow ? FlowItem.WIDOW : 0);
                    FlowItem.Fault fault = orphan && widow ? FlowItem.Fault.ORPHAN_AND_WIDOW
                            : orphan ? FlowItem.Fault.ORPHAN : widow ? FlowItem.Fault.WIDOW : FlowItem.Fault.NONE;
                    items.add(new FlowItem.Penalty(Math.min(cost, FlowItem.NEVER - 1), fault));
                }
            }
            FlowItem.Box box = boxes.get(i);
            if (i == n - 1 && paragraph != null) {
                box = new FlowItem.Box(box.height(), box.onGrid(), box.frames(), box.footnotes(), paragraph);
            }
            emit(box);
        }
        previousKeepsWithNext = t.keepWithNext();
        if (t.headingLevel() > 0) {
            linesAfterHeading = 0;
        } else if (linesAfterHeading < Integer.MAX_VALUE) {
            linesAfterHeading += n;
        }
    }

    /**
     * The XHTML has the line labels (code line numbers) in the text, the items only as
     * markers: each line starts after the labels of the lines before it, and the paragraph
     * counts them all. Returns how many visible characters the labels have.
     */
    private static int labelCharacters(FlowBlock.Text t, List<SetLine> lines, int[] lineOffsets) {
        int count = 0;
        if (t.lineLabels().isEmpty()) {
            return 0;
        }
        for (int i = 0; i < lines.size(); i++) {
            lineOffsets[i] += count;
            for (SetLine.PlacedMarker m : lines.get(i).markers()) {
                FlowBlock.ListMarker label = t.lineLabels().get(m.id());
                if (label != null) {
                    count += SourceOffsets.visible(label.text());
                }
            }
        }
        return count;
    }

    /**
     * The boxes of a paragraph's lines, with its list marker and page reference; each line's
     * place is recorded.
     */
    private List<FlowItem.Box> lineBoxes(FlowBlock.Text t, List<SetLine> lines, int[] lineOffsets, String path,
                                         boolean onGrid, int looseness) {
        int n = lines.size();
        List<FlowItem.Box> boxes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            places.put(lines.get(i), new LinePlace(t.element(), i, n, false, path, lineOffsets[i], looseness));
            List<Frame> frames = new ArrayList<>(2);
            if (i == 0 && t.marker() != null) {
                // drawn first, so that text extraction reads "1. Premier point"
                SetLine marker = markerLine(t.marker());
                float x = t.indent() - marker.width() - MARKER_GAP * t.marker().style().size();
                frames.add(new Frame.TextLine(marker, x, 0, t.marker().tag()));
            }
            float x = i == 0 ? t.indent() : t.indent() + t.hang();
            for (SetLine.PlacedMarker m : t.lineLabels().isEmpty() ? List.<SetLine.PlacedMarker>of() : lines.get(i).markers()) {
                FlowBlock.ListMarker label = t.lineLabels().get(m.id());
                if (label != null && !label.text().isEmpty()) {
                    // right-aligned in the margin before the line, as a list's number is
                    SetLine labelLine = markerLine(label);
                    float gap = MARKER_GAP * 2 * label.style().size();
                    frames.add(new Frame.TextLine(labelLine, x - labelLine.width() - gap, 0, label.tag()));
                }
            }
            frames.add(new Frame.TextLine(lines.get(i), x, 0, t.tag()));
            if (i == n - 1 && t.pageReference() != null) {
                frames.add(new Frame.PageReference(t.pageReference(), referenceStyle(t), x + lines.get(i).width(),
                        x + t.spec().measure() + t.reserve(), t.reserve(), t.tag()));
            }
            boxes.add(new FlowItem.Box(t.lineHeight(), onGrid, frames, calls(lines.get(i), t.noteCalls())));
        }
        return boxes;
    }

    /** Another setting of a paragraph set as {@code usual}, with its boxes; null for none. */
    private FlowParagraph.Setting otherSetting(FlowBlock.Text t, List<SetLine> usual, List<SetLine> lines, int offset) {
        if (lines == null) {
            return null;
        }
        List<FlowItem.Box> boxes = lineBoxes(t, lines, SourceOffsets.lineStarts(t.items(), lines, offset), pagePath, true,
                lines.size() - usual.size());
        otherLines += lines.size();
        return FlowParagraph.Setting.of(usual, lines, boxes, t.spec().measure());
    }

    /**
     * The footnotes a line calls: the notes of the calls whose markers stand on it. A link to
     * a note that is not a call (a cross-reference) only links to it: the note is set once,
     * at the foot of the page of its call.
     */
    private List<String> calls(SetLine line, Map<String, String> noteCalls) {
        if (footnoteIds.isEmpty() || noteCalls.isEmpty()) {
            return List.of();
        }
        List<String> out = null;
        for (SetLine.PlacedMarker m : line.markers()) {
            String id = noteCalls.get(m.id());
            if (id != null && footnoteIds.contains(id)) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                if (!out.contains(id)) {
                    out.add(id);
                    calledNotes.add(id);
                }
            }
        }
        return out == null ? List.of() : out;
    }

    private static org.colophon.pdf.text.TextStyle referenceStyle(FlowBlock.Text t) {
        for (ParagraphItem item : t.items()) {
            if (item instanceof ParagraphItem.TextRun run) {
                return run.style();
            }
        }
        return null;
    }

    private SetLine markerLine(FlowBlock.ListMarker marker) {
        List<SetLine> lines = setter.set(List.of(new ParagraphItem.TextRun(marker.text(), marker.style(), null)),
                new ParagraphSpec(10_000, 0, ParagraphSpec.Alignment.LEFT, false));
        return lines.get(0);
    }

    /** A table's caption and rows; a page may break before it, and between its rows. */
    private void table(FlowBlock.Table table) {
        betweenBlocks(false);
        String path = pagePath;
        List<FlowItem> rows = tables.items(table, path, sourceOffset, (line, element, index, count, offset) ->
                places.put(line, new LinePlace(element, index, count, false, path, offset, 0)));
        items.addAll(rows);
        for (FlowBlock.Text t : table.caption()) {
            sourceOffset += SourceOffsets.visible(t.items());
        }
        for (FlowBlock.TableRow row : table.rows()) {
            for (FlowBlock.TableCell cell : row.cells()) {
                for (FlowBlock.Text t : cell.content()) {
                    sourceOffset += SourceOffsets.visible(t.items());
                }
            }
        }
        previousKeepsWithNext = false;
        linesAfterHeading = Integer.MAX_VALUE;
    }

    private void image(FlowBlock.Image image) {
        betweenBlocks(false);
        openFloat = new ArrayList<>();
        openFloat.add(imageBox(image));
        openImage = image;
        awaitingCaption = image.keepWithNext();
    }

    private FlowItem.Box imageBox(FlowBlock.Image image) {
        List<Frame> frames = new ArrayList<>();
        for (String id : image.ids()) {
            frames.add(new Frame.Anchor(id, image.indent(), -image.height()));
        }
        frames.add(new Frame.Picture(image, image.indent(), 0));
        return new FlowItem.Box(image.height() + IMAGE_CLEARANCE * grid, true, frames);
    }

    /**
     * A figure is kept whole on one page: one too tall for any page with its caption (the
     * image was scaled to the text block, but not with the caption's lines) has its image
     * scaled down further, keeping its proportions and centre, rather than run off the page.
     */
    private void fitOnAPage() {
        if (openImage == null) {
            return;
        }
        float height = 0;
        float glue = 0;
        for (FlowItem item : openFloat) {
            if (item instanceof FlowItem.Box box) {
                height += glue + box.height();
                glue = 0;
            } else if (item instanceof FlowItem.Glue g) {
                glue = Math.max(glue, g.height());
            }
        }
        // a line of slack: the image's box and the caption's lines snap down to the grid
        float excess = height + grid - floatHeight;
        if (excess <= 0) {
            return;
        }
        FlowBlock.Image image = openImage;
        float scale = Math.max(grid, image.height() - excess) / image.height();
        if (scale >= 1) {
            return;
        }
        openFloat.set(0, imageBox(image.scaled(scale)));
    }
}
