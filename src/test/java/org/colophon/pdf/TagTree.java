package org.colophon.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree read back with PDFBox, with the text of every marked
 * content sequence it references (PDFBox's marked-content extractor, page by page), and
 * what each page draws outside the tree: artifacts, and anything neither.
 */
final class TagTree {

    /** A structure element: its kids are {@link Node}s, {@link Content}s and {@link Annotation}s. */
    record Node(String type, String lang, String alt, String id, PDStructureElement element, List<Object> kids) {

        String text() {
            StringBuilder sb = new StringBuilder();
            appendText(sb, n -> false);
            return sb.toString();
        }

        /** The text in tree order, leaving out the subtrees {@code skip} accepts. */
        void appendText(StringBuilder sb, Predicate<Node> skip) {
            if (skip.test(this)) {
                return;
            }
            for (Object kid : kids) {
                if (kid instanceof Node n) {
                    n.appendText(sb, skip);
                } else if (kid instanceof Content c) {
                    sb.append(c.text()).append(' ');
                }
            }
        }

        List<Node> all(String wantedType) {
            List<Node> out = new ArrayList<>();
            collect(wantedType, out);
            return out;
        }

        private void collect(String wantedType, List<Node> out) {
            if (wantedType == null || type.equals(wantedType)) {
                out.add(this);
            }
            for (Object kid : kids) {
                if (kid instanceof Node n) {
                    n.collect(wantedType, out);
                }
            }
        }

        List<Node> children() {
            return kids.stream().filter(k -> k instanceof Node).map(k -> (Node) k).toList();
        }

        List<Content> contents() {
            return kids.stream().filter(k -> k instanceof Content).map(k -> (Content) k).toList();
        }
    }

    /** A marked-content sequence referenced from the tree: page index, MCID, its text, whether it draws an image. */
    record Content(int page, int mcid, String text, boolean image) {}

    /** An annotation referenced (OBJR) from the tree. */
    record Annotation(int page, PDAnnotation annotation) {}

    /** What one page draws: text by MCID, artifact text by artifact type/subtype, and untagged text. */
    record PageContent(Map<Integer, String> byMcid, Map<Integer, Boolean> images, List<String> artifacts,
                       List<String> artifactKinds, String untagged) {}

    /** Stands in the text of marked content for an image it draws. */
    static final char IMAGE = '\uFFFC';

    final Node root;
    final List<PageContent> pages = new ArrayList<>();
    private final Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();

    TagTree(PDDocument document) throws IOException {
        int i = 0;
        for (PDPage page : document.getPages()) {
            pageIndex.put(page.getCOSObject(), i++);
            pages.add(read(page));
        }
        PDStructureTreeRoot treeRoot = document.getDocumentCatalog().getStructureTreeRoot();
        if (treeRoot == null) {
            throw new AssertionError("the PDF has no structure tree");
        }
        List<Node> top = new ArrayList<>();
        for (Object kid : treeRoot.getKids()) {
            if (kid instanceof PDStructureElement e) {
                top.add(node(e));
            }
        }
        if (top.size() != 1) {
            throw new AssertionError("the structure tree root has " + top.size() + " elements, not one Document");
        }
        root = top.get(0);
    }

    private Node node(PDStructureElement e) {
        List<Object> kids = new ArrayList<>();
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                kids.add(node(child));
            } else if (kid instanceof Integer mcid) {
                kids.add(content(e.getPage(), mcid));
            } else if (kid instanceof PDMarkedContentReference mcr) {
                kids.add(content(mcr.getPage() != null ? mcr.getPage() : e.getPage(), mcr.getMCID()));
            } else if (kid instanceof PDObjectReference objr) {
                PDPage page = objr.getPage() != null ? objr.getPage() : e.getPage();
                kids.add(new Annotation(pageIndex.get(page.getCOSObject()), (PDAnnotation) objr.getReferencedObject()));
            }
        }
        return new Node(e.getStructureType(), e.getLanguage(), e.getAlternateDescription(),
                e.getElementIdentifier(), e, kids);
    }

    private Content content(PDPage page, int mcid) {
        int index = pageIndex.get(page.getCOSObject());
        PageContent pc = pages.get(index);
        String text = pc.byMcid().get(mcid);
        if (text == null) {
            throw new AssertionError("page " + (index + 1) + " has no marked content with MCID " + mcid);
        }
        return new Content(index, mcid, text, pc.images().getOrDefault(mcid, false));
    }

    private static PageContent read(PDPage page) throws IOException {
        StringBuilder untagged = new StringBuilder();
        int[] depth = {0};
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor() {
            @Override
            public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag, COSDictionary properties) {
                depth[0]++;
                super.beginMarkedContentSequence(tag, properties);
            }

            @Override
            public void endMarkedContentSequence() {
                depth[0]--;
                super.endMarkedContentSequence();
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                if (depth[0] == 0) {
                    untagged.append(text.getUnicode());
                }
                super.processTextPosition(text);
            }
        };
        extractor.processPage(page);
        Map<Integer, String> byMcid = new HashMap<>();
        Map<Integer, Boolean> images = new HashMap<>();
        List<String> artifacts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
            StringBuilder sb = new StringBuilder();
            boolean image = false;
            for (Object o : mc.getContents()) {
                if (o instanceof TextPosition t) {
                    sb.append(t.getUnicode());
                } else if (o instanceof org.apache.pdfbox.pdmodel.graphics.PDXObject) {
                    image = true;
                    sb.append(IMAGE);
                } else if (o instanceof PDMarkedContent nested) {
                    // the one marked content nested in a line's: a hyphen added at a break
                    if (!isSoftHyphen(nested)) {
                        throw new AssertionError("nested marked content on a page: " + nested.getTag() + " "
                                + nested.getProperties());
                    }
                    sb.append(SOFT_HYPHEN);
                }
            }
            if (mc.getTag().equals("Artifact")) {
                artifacts.add(sb.toString());
                COSDictionary p = mc.getProperties();
                kinds.add(p == null ? "" : p.getNameAsString("Type") + "/" + p.getNameAsString("Subtype"));
            } else {
                if (mc.getMCID() < 0) {
                    throw new AssertionError("marked content " + mc.getTag() + " without MCID: " + sb);
                }
                byMcid.put(mc.getMCID(), sb.toString());
                images.put(mc.getMCID(), image);
            }
        }
        return new PageContent(byMcid, images, artifacts, kinds, untagged.toString());
    }

    static final char SOFT_HYPHEN = '\u00AD';

    /**
     * Whether {@code mc} is the span the writer puts around a hyphen it added at a line
     * break: a Span with no MCID, the soft hyphen as its ActualText, one glyph whose
     * ToUnicode is the soft hyphen too.
     */
    static boolean isSoftHyphen(PDMarkedContent mc) {
        List<Object> contents = mc.getContents();
        return mc.getTag().equals("Span") && mc.getMCID() < 0 && String.valueOf(SOFT_HYPHEN).equals(mc.getActualText())
                && contents.size() == 1 && contents.get(0) instanceof TextPosition t
                && t.getUnicode().equals(String.valueOf(SOFT_HYPHEN));
    }

    /** Every MCID of every page, as page:mcid, that the tree references. */
    List<String> referencedMcids() {
        List<String> out = new ArrayList<>();
        for (Node n : root.all(null)) {
            for (Content c : n.contents()) {
                out.add(c.page() + ":" + c.mcid());
            }
        }
        return out;
    }

    /** Every heading (H, H1–H6) with its text, in tree order. */
    List<String> headings() {
        List<String> out = new ArrayList<>();
        for (Node n : root.all(null)) {
            if (n.type().matches("H[1-6]?")) {
                out.add(n.type() + " " + n.text().replaceAll("\\s+", " ").strip());
            }
        }
        return out;
    }

    /** Depth-first dump of the tree, for failure messages. */
    String dump(int maxLines) {
        StringBuilder sb = new StringBuilder();
        dump(root, 0, sb, new int[] {maxLines});
        return sb.toString();
    }

    private static void dump(Node n, int depth, StringBuilder sb, int[] left) {
        if (left[0]-- <= 0) {
            return;
        }
        String text = n.contents().isEmpty() ? "" : " «" + n.contents().stream().map(Content::text)
                .reduce("", (a, b) -> a + b) + "»";
        sb.append("  ".repeat(depth)).append(n.type())
                .append(n.lang() == null ? "" : " lang=" + n.lang())
                .append(n.alt() == null ? "" : " alt=" + n.alt())
                .append(n.id() == null ? "" : " id=" + n.id())
                .append(text.length() > 70 ? text.substring(0, 70) + "…»" : text).append('\n');
        for (Node c : n.children()) {
            dump(c, depth + 1, sb, left);
        }
    }
}
