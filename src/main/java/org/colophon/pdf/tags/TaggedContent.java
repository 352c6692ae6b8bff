package org.colophon.pdf.tags;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.text.SetLine;

/**
 * Marks what the assembler draws: gives each piece of real content a marked-content id
 * (MCID) on its page and records it in its structure element, and opens artifacts for the
 * rest. Pages are drawn in order; {@link #finish} writes the structure tree.
 */
public final class TaggedContent {

    /**
     * How to mark one line: {@code opens[i]} is the operator that opens the marked-content
     * sequence run {@code i} starts (null when the run continues the previous sequence);
     * {@code owners[i]} is the structure element run {@code i} belongs to (null for artifacts).
     */
    public record LineMarks(String[] opens, StructNode[] owners) {}

    private final LogicalStructure structure;
    /** For each page, the structure element of each MCID. */
    private final List<List<StructNode>> mcidOwners = new ArrayList<>();
    private final List<Annotated> annotations = new ArrayList<>();
    private List<StructNode> page;
    private int pageIndex = -1;

    record Annotated(int page, PDAnnotation annotation, StructNode link) {}

    public TaggedContent(LogicalStructure structure) {
        this.structure = structure;
    }

    /** Starts marking the page with this index (pages come in order, from 0). */
    public void beginPage(int index) {
        while (mcidOwners.size() <= index) {
            mcidOwners.add(new ArrayList<>());
        }
        pageIndex = index;
        page = mcidOwners.get(index);
    }

    /** The marks of a line drawn as {@code tag}; null tag: an artifact (nothing else claims it). */
    public LineMarks line(SetLine line, ContentTag tag) {
        List<GlyphRun> runs = line.runs();
        String[] opens = new String[runs.size()];
        StructNode[] owners = new StructNode[runs.size()];
        if (!(tag instanceof ContentSlot slot)) {
            ContentTag.Artifact artifact = tag == null ? ContentTag.Artifact.LAYOUT : (ContentTag.Artifact) tag;
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).drawn()) {
                    opens[i] = artifact.open();
                    break;
                }
            }
            return new LineMarks(opens, owners);
        }
        StructNode current = null;
        for (int i = 0; i < runs.size(); i++) {
            GlyphRun run = runs.get(i);
            if (!run.drawn()) {
                continue;
            }
            StructNode target = slot.target(run.href(), run.style().lang());
            owners[i] = target;
            if (target != current) {
                opens[i] = open(slot, target);
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
            if (slot.owner.bbox == null && slot.owner.type.equals("Figure")) {
                slot.owner.bbox = new float[] {x, y, width, height};
            }
            return open(slot, slot.owner);
        }
        return (tag == null ? ContentTag.Artifact.LAYOUT : (ContentTag.Artifact) tag).open();
    }

    private String open(ContentSlot slot, StructNode target) {
        int mcid = page.size();
        page.add(target);
        slot.add(target, new StructNode.Mcr(pageIndex, mcid));
        return "/" + target.type + " <</MCID " + mcid + ">> BDC\n";
    }

    /** Records a link annotation drawn over text of the Link element {@code link}. */
    public void annotation(int pageIndex, PDAnnotation annotation, StructNode link) {
        link.kids.add(new StructNode.Objr(pageIndex, annotation));
        annotations.add(new Annotated(pageIndex, annotation, link));
    }

    /** Writes the structure tree, its parent tree and the catalog entries of a tagged PDF. */
    public void finish(PDDocument document, List<PDPage> pages) {
        new StructureTreeWriter(document, pages, mcidOwners, annotations).write(structure.document());
    }
}
