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
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Turns the logical structure into the PDF's structure tree (PDFBox structure elements),
 * leaving out elements nothing was drawn for; writes the parent tree (each page's MCIDs
 * and each link annotation back to its element), the ID tree of the notes, /StructParents
 * on pages, /StructParent and /Tabs for annotations, MarkInfo and DisplayDocTitle.
 */
final class StructureTreeWriter {

    private static final COSName TABS = COSName.getPDFName("Tabs");

    private final PDDocument document;
    private final List<PDPage> pages;
    private final List<List<StructNode>> mcidOwners;
    private final List<TaggedContent.Annotated> annotations;
    private final Map<StructNode, PDStructureElement> elements = new IdentityHashMap<>();
    private final TreeMap<String, PDStructureElement> ids = new TreeMap<>();

    StructureTreeWriter(PDDocument document, List<PDPage> pages, List<List<StructNode>> mcidOwners,
                        List<TaggedContent.Annotated> annotations) {
        this.document = document;
        this.pages = pages;
        this.mcidOwners = mcidOwners;
        this.annotations = annotations;
    }

    void write(StructNode documentNode) {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        element(documentNode, root);

        COSArray nums = new COSArray();
        for (int p = 0; p < mcidOwners.size(); p++) {
            List<StructNode> owners = mcidOwners.get(p);
            if (owners.isEmpty()) {
                continue;
            }
            COSArray parents = new COSArray();
            for (StructNode owner : owners) {
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

    private void element(StructNode node, PDStructureNode parent) {
        if (!node.hasContent()) {
            return;
        }
        // a link whose target is not in the book has no annotation: it is plain text then
        String type = node.type.equals("Link") && !node.hasAnnotation() ? "Span" : node.type;
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        elements.put(node, e);
        String lang = node.lang();
        if (lang != null) {
            e.setLanguage(lang);
        }
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
        if (node.bbox != null) {
            // where the figure is, for tools that reflow or describe the page
            PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
            layout.setBBox(new PDRectangle(node.bbox[0], node.bbox[1], node.bbox[2], node.bbox[3]));
            layout.getCOSObject().setDirect(true);
            e.addAttribute(layout);
        }
        List<Object> kids = new ArrayList<>(node.kids.size() + 4);
        for (Object kid : node.kids) {
            if (kid instanceof ContentSlot slot) {
                kids.addAll(slot.kids);
            } else {
                kids.add(kid);
            }
        }
        int elementPage = -1;
        for (Object kid : kids) {
            if (kid instanceof StructNode child) {
                element(child, e);
            } else if (kid instanceof StructNode.Mcr mcr) {
                if (elementPage < 0) {
                    elementPage = mcr.page();
                    e.setPage(pages.get(mcr.page()));
                }
                if (mcr.page() == elementPage) {
                    e.appendKid(mcr.mcid());
                } else {
                    PDMarkedContentReference reference = new PDMarkedContentReference();
                    reference.setPage(pages.get(mcr.page()));
                    reference.setMCID(mcr.mcid());
                    reference.getCOSObject().setDirect(true);
                    e.appendKid(reference);
                }
            } else if (kid instanceof StructNode.Objr objr) {
                PDObjectReference reference = new PDObjectReference();
                reference.setReferencedObject(objr.annotation());
                reference.setPage(pages.get(objr.page()));
                reference.getCOSObject().setDirect(true);
                e.appendKid(reference);
            }
        }
    }
}
