package org.colophon.pdf.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.pdf.flow.FlowParagraph;
import org.colophon.pdf.flow.Frame;

/**
 * The boxes of the vertical list (lines, images, footnote lines) that no laid-out page
 * holds: none, unless page breaking lost part of the book. A paragraph the breaker set a
 * line longer or shorter counts as placed when a page holds a line of that other setting.
 */
public final class UnplacedItems {

    private UnplacedItems() {
    }

    /** The boxes of {@code items} and of {@code footnotes} none of whose frames stands on one of {@code pages}. */
    public static List<FlowItem.Box> of(List<FlowItem> items, Map<String, List<FlowItem.Box>> footnotes,
                                        List<LaidOutPage> pages) {
        // by identity: two lines of the same words are two records that are equal
        Set<Frame> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (LaidOutPage page : pages) {
            for (LaidOutPage.Placed p : page.frames()) {
                placed.add(p.frame());
            }
        }
        boolean[] setOtherwise = new boolean[items.size()];
        for (FlowItem item : items) {
            if (item instanceof FlowItem.Box box && box.ends() != null && tookOtherSetting(box.ends(), placed)) {
                FlowParagraph p = box.ends();
                for (int i = p.first(); i <= p.last() && i < setOtherwise.length; i++) {
                    setOtherwise[i] = true;
                }
            }
        }
        List<FlowItem.Box> lost = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FlowItem item = items.get(i);
            if (item instanceof FlowItem.Box box && !setOtherwise[i]) {
                addIfLost(box, placed, lost);
            } else if (item instanceof FlowItem.Float f) {
                for (FlowItem inside : f.content()) {
                    if (inside instanceof FlowItem.Box box) {
                        addIfLost(box, placed, lost);
                    }
                }
            }
        }
        for (List<FlowItem.Box> note : footnotes.values()) {
            for (FlowItem.Box box : note) {
                addIfLost(box, placed, lost);
            }
        }
        return lost;
    }

    private static boolean tookOtherSetting(FlowParagraph paragraph, Set<Frame> placed) {
        for (FlowParagraph.Setting setting : new FlowParagraph.Setting[] {paragraph.tighter(), paragraph.looser()}) {
            if (setting != null) {
                for (FlowItem.Box box : setting.boxes()) {
                    if (isPlaced(box, placed)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void addIfLost(FlowItem.Box box, Set<Frame> placed, List<FlowItem.Box> lost) {
        if (!box.frames().isEmpty() && !isPlaced(box, placed)) {
            lost.add(box);
        }
    }

    private static boolean isPlaced(FlowItem.Box box, Set<Frame> placed) {
        for (Frame f : box.frames()) {
            if (placed.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
