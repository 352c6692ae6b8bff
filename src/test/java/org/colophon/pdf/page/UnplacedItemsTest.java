package org.colophon.pdf.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.pdf.flow.FlowParagraph;
import org.colophon.pdf.flow.Frame;
import org.colophon.pdf.text.SetLine;
import org.junit.jupiter.api.Test;

/** The typesetter's check that page breaking lost nothing: which boxes stand on no page. */
class UnplacedItemsTest {

    private static FlowItem.Box line(String id) {
        SetLine l = new SetLine(List.of(), List.of(new SetLine.PlacedMarker(id, 0)), 100, 0, false, 0, 8, 2);
        return new FlowItem.Box(13, true, List.of(new Frame.TextLine(l, 0, 0)));
    }

    private static LaidOutPage page(int index, FlowItem.Box... boxes) {
        List<LaidOutPage.Placed> placed = new ArrayList<>();
        for (FlowItem.Box b : boxes) {
            b.frames().forEach(f -> placed.add(new LaidOutPage.Placed(f, 10)));
        }
        return new LaidOutPage(index, "a.xhtml", placed);
    }

    @Test
    void aLineOfTheListANoteLineOrAFigureOnNoPageIsLost() {
        FlowItem.Box a = line("a");
        FlowItem.Box b = line("b");
        FlowItem.Box figure = line("figure");
        FlowItem.Box note = line("note");
        List<FlowItem> items = List.of(a, new FlowItem.Penalty(0), new FlowItem.Float(List.of(figure)), b);
        Map<String, List<FlowItem.Box>> notes = Map.of("n", List.of(note));
        assertEquals(List.of(), UnplacedItems.of(items, notes, List.of(page(0, a, figure), page(1, b, note))));
        assertEquals(List.of(figure, b), UnplacedItems.of(items, notes, List.of(page(0, a, note))));
        assertEquals(List.of(a, figure, b, note), UnplacedItems.of(items, notes, List.of()));
    }

    @Test
    void twoLinesOfTheSameWordsAreTwoLines() {
        SetLine same = new SetLine(List.of(), List.of(), 100, 0, false, 0, 8, 2);
        FlowItem.Box first = new FlowItem.Box(13, true, List.of(new Frame.TextLine(same, 0, 0)));
        FlowItem.Box second = new FlowItem.Box(13, true, List.of(new Frame.TextLine(same, 0, 0)));
        assertEquals(List.of(second), UnplacedItems.of(List.of(first, second), Map.of(), List.of(page(0, first))));
    }

    @Test
    void aParagraphSetALineLongerIsPlacedWhenItsOtherSettingIs() {
        FlowItem.Box l0 = line("l0");
        FlowItem.Box l1 = line("l1");
        FlowItem.Box l2 = line("l2");
        FlowItem.Box p0 = line("p0");
        FlowItem.Box p1 = line("p1");
        FlowParagraph paragraph = new FlowParagraph(0, 2, null, new FlowParagraph.Setting(List.of(l0, l1, l2), 600));
        List<FlowItem> items = List.of(p0, new FlowItem.Penalty(0),
                new FlowItem.Box(p1.height(), true, p1.frames(), List.of(), paragraph));
        assertEquals(List.of(), UnplacedItems.of(items, Map.of(), List.of(page(0, l0, l1), page(1, l2))));
        assertEquals(2, UnplacedItems.of(items, Map.of(), List.of(page(0)))
                .size(), "neither setting on a page: its lines are lost");
    }
}
