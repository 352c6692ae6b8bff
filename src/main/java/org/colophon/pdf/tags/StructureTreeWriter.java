package org.colophon.pdf.tags;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Turns the logical structure and what was drawn for it into the PDF's structure tree
 * (PDFBox structure elements), leaving out elements nothing was drawn for; writes the
 * parent tree (each page's MCIDs and each link annotation back to its element), the ID
 * tree of the notes, /StructParents on pages, /StructParent and /Tabs for annotations,
 * MarkInfo and DisplayDocTitle.
 */
final class StructureTreeWriter {

    private static final COSName TABS = COSName.getPDFName("Tabs");

    private final PDDocument document;
    private final List<PDPage> pages;
    private final Map<ContentSlot, DrawnContent> drawn;
    private final List<List<Object>> mcidOwners;
    private final List<TaggedContent.Annotated> annotations;
    /** The element of each node, slot (its node's) and inline written. */
    private final Map<Object, PDStructureElement> elements = new IdentityHashMap<>();
    private final TreeMap<String, PDStructureElement> ids = new TreeMap<>();

    StructureTreeWriter(PDDocument document, List<PDPage> pages, Map<ContentSlot, DrawnContent> drawn,
                        List<List<Object>> mcidOwners, List<TaggedContent.Annotated> annotations) {
        this.document = document;
        this.pages = pages;
        this.drawn = drawn;
        this.mcidOwners = mcidOwners;
        this.annotations = annotations;
    }

    void write(StructNode documentNode) {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        node(documentNode, root);

        COSArray nums = new COSArray();
        for (int p = 0; p < mcidOwners.size(); p++) {
            List<Object> owners = mcidOwners.get(p);
            if (owners.isEmpty()) {
                continue;
            }
            COSArray parents = new COSArray();
            for (Object owner : owners) {
                PDStructureElement e = elements.get(owner);
                parents.add(e == null ? COSNull.NULL : e.getCOSObject());
            }
            pages.get(p).getCOSObject().setInt(COSName.STRUCT_PARENTS, p);
            nums.add(COSInteger.get(p));
            nums.add(parents);
        }
        int key = pages.size();
        for (TaggedContent.Annotated a : annotations) {
            PDStructureElement link = elements.get(a.link());
            if (link == null) {
                continue;
            }
            a.annotation().setStructParent(key);
            nums.add(COSInteger.get(key));
            nums.add(link.getCOSObject());
            key++;
            pages.get(a.page()).getCOSObject().setName(TABS, "S");
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.setParentTree(new PDNumberTreeNode(parentTree, COSBase.class));
        root.setParentTreeNextKey(key);
        if (!ids.isEmpty()) {
            COSArray names = new COSArray();
            ids.forEach((id, e) -> {
                names.add(new COSString(id));
                names.add(e);
            });
            COSDictionary idTree = new COSDictionary();
            idTree.setItem(COSName.NAMES, names);
            root.getCOSObject().setItem(COSName.ID_TREE, idTree);
        }

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    /** Whether anything drawn lands in this node or below it. */
    private boolean hasContent(StructNode node) {
        for (Object kid : node.kids) {
            if (kid instanceof StructNode n ? hasContent(n) : drawn.containsKey((ContentSlot) kid)) {
                return true;
            }
        }
        return false;
    }

    private void node(StructNode node, PDStructureNode parent) {
        // an empty cell keeps its place, so that every row has as many columns as the table
        if (!hasContent(node) && !(node.type.equals("TD") || node.type.equals("TH"))) {
            return;
        }
        PDStructureElement e = element(node.type, node.lang(), parent);
        elements.put(node, e);
        if (node.alt != null) {
            e.setAlternateDescription(node.alt);
        }
        if (node.id != null) {
            e.setElementIdentifier(node.id);
            ids.put(node.id, e);
        }
        if (node.listNumbering != null) {
            PDListAttributeObject list = new PDListAttributeObject();
            list.setListNumbering(node.listNumbering);
            list.getCOSObject().setDirect(true);
            e.addAttribute(list);
        }
        if (node.scope != null || node.rowSpan > 1 || node.colSpan > 1) {
            PDTableAttributeObject table = new PDTableAttributeObject();
            if (node.scope != null) {
                table.setScope(node.scope);
            }
            if (node.rowSpan > 1) {
                table.setRowSpan(node.rowSpan);
            }
            if (node.colSpan > 1) {
                table.setColSpan(node.colSpan);
            }
            table.getCOSObject().setDirect(true);
            e.addAttribute(table);
        }
        int[] elementPage = {-1};
        for (Object kid : node.kids) {
            if (kid instanceof StructNode child) {
                node(child, e);
                continue;
            }
            DrawnContent content = drawn.get((ContentSlot) kid);
            if (content == null) {
                continue;
            }
            elements.put(content.slot, e);
            if (content.bbox != null) {
                // where the figure is, for tools that reflow or describe the page
                PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
                layout.setBBox(new PDRectangle(content.bbox[0], content.bbox[1], content.bbox[2], content.bbox[3]));
                layout.getCOSObject().setDirect(true);
                e.addAttribute(layout);
            }
            for (Object item : content.kids) {
                if (item instanceof DrawnContent.Inline inline) {
                    inline(inline, e);
                } else {
                    reference(e, item, elementPage);
                }
            }
        }
    }

    private void inline(DrawnContent.Inline inline, PDStructureElement parent) {
        // a link whose target is not in the book has no annotation: it is plain text then
        String type = inline.type.equals("Link") && !inline.hasAnnotation() ? "Span" : inline.type;
        PDStructureElement e = element(type, inline.lang, parent);
        elements.put(inline, e);
        int[] elementPage = {-1};
        for (Object item : inline.kids) {
            reference(e, item, elementPage);
        }
    }

    private static PDStructureElement element(String type, String lang, PDStructureNode parent) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        if (lang != null) {
            e.setLanguage(lang);
        }
        return e;
    }

    /** Adds a marked-content or annotation reference; {@code elementPage[0]} is the element's /Pg, once set. */
    private void reference(PDStructureElement e, Object item, int[] elementPage) {
        if (item instanceof DrawnContent.Mcr mcr) {
            if (elementPage[0] < 0) {
                elementPage[0] = mcr.page();
                e.setPage(pages.get(mcr.page()));
            }
            if (mcr.page() == elementPage[0]) {
                e.appendKid(mcr.mcid());
            } else {
                PDMarkedContentReference reference = new PDMarkedContentReference();
                reference.setPage(pages.get(mcr.page()));
                reference.setMCID(mcr.mcid());
                reference.getCOSObject().setDirect(true);
                e.appendKid(reference);
            }
        } else if (item instanceof DrawnContent.Objr objr) {
            PDObjectReference reference = new PDObjectReference();
            reference.setReferencedObject(objr.annotation());
            reference.setPage(pages.get(objr.page()));
            reference.getCOSObject().setDirect(true);
            e.appendKid(reference);
        }
    }
}
