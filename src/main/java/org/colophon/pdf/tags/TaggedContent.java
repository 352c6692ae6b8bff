package org.colophon.pdf.tags;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.text.SetLine;

/**
 * Marks what the assembler draws into one PDF: gives each piece of real content a
 * marked-content id (MCID) on its page and records it for its structure element, and
 * opens artifacts for the rest. Pages are drawn in order; {@link #finish} writes the
 * structure tree. The logical structure itself is not changed, so laid-out pages can be
 * drawn again into another PDF.
 */
public final class TaggedContent {

    /**
     * How to mark one line: {@code opens[i]} is the operator that opens the marked-content
     * sequence run {@code i} starts (null when the run continues the previous sequence);
     * {@code owners[i]} is the element run {@code i} belongs to, to hand back to
     * {@link #annotation} for a link (null for artifacts and runs not drawn).
     */
    public record LineMarks(String[] opens, Object[] owners) {}

    record Annotated(int page, PDAnnotation annotation, DrawnContent.Inline link) {}

    private final StructNode document;
    private final Map<ContentSlot, DrawnContent> drawn = new IdentityHashMap<>();
    /** For each page, the element (a {@link ContentSlot} or an inline) of each MCID. */
    private final List<List<Object>> mcidOwners = new ArrayList<>();
    private final List<Annotated> annotations = new ArrayList<>();
    private List<Object> page;
    private int pageIndex = -1;

    private TaggedContent(StructNode document) {
        this.document = document;
    }

    /**
     * Tagged content for pages whose frames carry {@code tag}, a tag of the book's logical
     * structure; null when the tag is not in one (an untagged document).
     */
    public static TaggedContent of(ContentTag tag) {
        return tag instanceof ContentSlot slot ? new TaggedContent(slot.document()) : null;
    }

    /** Starts marking the page with this index (pages come in order, from 0). */
    public void beginPage(int index) {
        while (mcidOwners.size() <= index) {
            mcidOwners.add(new ArrayList<>());
        }
        pageIndex = index;
        page = mcidOwners.get(index);
    }

    /** The marks of a line drawn as {@code tag}; a null tag is an artifact (nothing claims the line). */
    public LineMarks line(SetLine line, ContentTag tag) {
        List<GlyphRun> runs = line.runs();
        String[] opens = new String[runs.size()];
        Object[] owners = new Object[runs.size()];
        if (!(tag instanceof ContentSlot slot)) {
            String open = artifact(tag).open();
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).drawn()) {
                    opens[i] = open;
                    break;
                }
            }
            return new LineMarks(opens, owners);
        }
        DrawnContent content = null;
        Object current = null;
        for (int i = 0; i < runs.size(); i++) {
            GlyphRun run = runs.get(i);
            if (!run.drawn()) {
                continue;
            }
            if (content == null) {
                content = drawn(slot);
            }
            Object target = content.target(run.href(), run.style().lang());
            owners[i] = target;
            if (target != current) {
                opens[i] = open(content, target);
                current = target;
            }
        }
        return new LineMarks(opens, owners);
    }

    /**
     * The operator opening the marked content of an image (or another single object) drawn
     * in the box {@code x, y, width, height}: a Figure's box becomes its /BBox.
     */
    public String object(ContentTag tag, float x, float y, float width, float height) {
        if (tag instanceof ContentSlot slot) {
            DrawnContent content = drawn(slot);
            if (content.bbox == null && slot.owner.type.equals("Figure")) {
                content.bbox = new float[] {x, y, width, height};
            }
            return open(content, slot);
        }
        return artifact(tag).open();
    }

    private static ContentTag.Artifact artifact(ContentTag tag) {
        return tag == null ? ContentTag.Artifact.LAYOUT : (ContentTag.Artifact) tag;
    }

    private DrawnContent drawn(ContentSlot slot) {
        return drawn.computeIfAbsent(slot, DrawnContent::new);
    }

    private String open(DrawnContent content, Object target) {
        int mcid = page.size();
        page.add(target);
        content.add(target, new DrawnContent.Mcr(pageIndex, mcid));
        String type = target instanceof DrawnContent.Inline inline ? inline.type : content.slot.owner.type;
        return "/" + type + " <</MCID " + mcid + ">> BDC\n";
    }

    /**
     * What a screen reader says for a link drawn over {@code text} to {@code href}: a call
     * of a footnote ({@code "#n1"} where the book has a Note n1) is "Note 1" in the book's
     * language, another link its text (its address when it has none).
     */
    public String describeLink(String href, String text) {
        String shown = text == null ? "" : text.strip();
        if (href.startsWith("#") && noteIds().contains(href.substring(1))) {
            return NoteWords.of(document.effectiveLang) + " " + shown;
        }
        return shown.isEmpty() ? href : shown;
    }

    private java.util.Set<String> noteIds;

    private java.util.Set<String> noteIds() {
        if (noteIds == null) {
            noteIds = new java.util.HashSet<>();
            java.util.ArrayDeque<StructNode> todo = new java.util.ArrayDeque<>(List.of(document));
            while (!todo.isEmpty()) {
                StructNode node = todo.pop();
                if (node.type.equals("Note") && node.id != null) {
                    noteIds.add(node.id);
                }
                for (Object kid : node.kids) {
                    if (kid instanceof StructNode child) {
                        todo.push(child);
                    }
                }
            }
        }
        return noteIds;
    }

    /** Records a link annotation drawn over text of {@code link}, an owner {@link #line} gave. */
    public void annotation(int pageIndex, PDAnnotation annotation, Object link) {
        if (link instanceof DrawnContent.Inline inline) {
            inline.kids.add(new DrawnContent.Objr(pageIndex, annotation));
            annotations.add(new Annotated(pageIndex, annotation, inline));
        }
    }

    /** Writes the structure tree, its parent tree and the catalog entries of a tagged PDF. */
    public void finish(PDDocument document, List<PDPage> pages) {
        new StructureTreeWriter(document, pages, drawn, mcidOwners, annotations).write(this.document);
    }
}
