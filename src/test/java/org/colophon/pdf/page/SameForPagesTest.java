package org.colophon.pdf.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.colophon.pdf.flow.FlowBlock;
import org.colophon.pdf.flow.FlowItem;
import org.colophon.pdf.flow.FlowParagraph;
import org.colophon.pdf.flow.Frame;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.text.SetLine;
import org.junit.jupiter.api.Test;

/**
 * {@link SameForPages} tells items of two builds apart by what the page breaker reads, and
 * knows every field of what it compares: a record that gains a field fails here until the
 * comparison reads it too (else a rebuild could take the states of a stale page breaking).
 */
class SameForPagesTest {

    @Test
    void itemsOfTheSameValuesAreTheSameAndAnyFieldChangedIsNot() {
        SameForPages same = new SameForPages(Map.of("n1", List.of(box(11))), Map.of("n1", List.of(box(11))));
        assertTrue(same.items(new FlowItem.Glue(6), new FlowItem.Glue(6)));
        assertFalse(same.items(new FlowItem.Glue(6), new FlowItem.Glue(7)));
        assertTrue(same.items(new FlowItem.Penalty(50), new FlowItem.Penalty(50)));
        assertFalse(same.items(new FlowItem.Penalty(50), new FlowItem.Penalty(51)));
        assertFalse(same.items(new FlowItem.Penalty(50), new FlowItem.Glue(50)));
        assertTrue(same.items(box(12), box(12)));
        assertFalse(same.items(box(12), box(13)), "a box a point higher");
        assertFalse(same.items(new FlowItem.Box(12, true, List.of(new Frame.Rule(0, 0, 30))),
                new FlowItem.Box(12, true, List.of(new Frame.Rule(0, 0, 31)))), "a rule a point longer");
        FlowItem.Box calling = new FlowItem.Box(12, true, List.of(), List.of("n1"));
        assertTrue(same.items(calling, new FlowItem.Box(12, true, List.of(), List.of("n1"))));
        assertNull(same.counterpart(calling), "only note lines have counterparts");
    }

    @Test
    void aNoteOfOtherLinesMakesTheBoxesThatCallItOthers() {
        FlowItem.Box oldLine = box(11);
        FlowItem.Box newLine = box(11);
        SameForPages same = new SameForPages(Map.of("n1", List.of(oldLine)), Map.of("n1", List.of(newLine)));
        assertTrue(same.items(new FlowItem.Box(12, true, List.of(), List.of("n1")),
                new FlowItem.Box(12, true, List.of(), List.of("n1"))));
        assertSame(newLine, same.counterpart(oldLine), "the new build's line stands for the old one");
        SameForPages other = new SameForPages(Map.of("n1", List.of(box(11))), Map.of("n1", List.of(box(22))));
        assertFalse(other.items(new FlowItem.Box(12, true, List.of(), List.of("n1")),
                new FlowItem.Box(12, true, List.of(), List.of("n1"))));
    }

    /** The fields each record had when the comparison was written: read them all there first. */
    @Test
    void theComparisonKnowsEveryFieldOfWhatItCompares() {
        assertEquals(List.of("height", "onGrid", "frames", "footnotes", "ends"), fields(FlowItem.Box.class));
        assertEquals(List.of("content"), fields(FlowItem.Float.class));
        assertEquals(List.of("frames"), fields(FlowItem.Turned.class));
        assertEquals(List.of("frame", "baseline"), fields(FlowItem.Sheet.class));
        assertEquals(List.of("height"), fields(FlowItem.Glue.class));
        assertEquals(List.of("cost", "repeat", "close", "closeDepth", "fault"), fields(FlowItem.Penalty.class));
        assertEquals(List.of("pagePath", "side"), fields(FlowItem.ForcedBreak.class));
        assertEquals(List.of("first", "last", "tighter", "looser"), fields(FlowParagraph.class));
        assertEquals(List.of("boxes", "cost"), fields(FlowParagraph.Setting.class));
        assertEquals(List.of("line", "x", "dy", "tag"), fields(Frame.TextLine.class));
        assertEquals(List.of("targetId", "style", "textEnd", "right", "reserve", "tag"),
                fields(Frame.PageReference.class));
        assertEquals(List.of("image", "x", "dy"), fields(Frame.Picture.class));
        assertEquals(List.of("source", "data", "mediaType", "width", "height", "indent", "ids", "keepWithNext", "tag",
                "placement", "pixelWidth"), fields(FlowBlock.Image.class));
        assertEquals(List.of("runs", "markers", "width", "ratio", "hyphenated", "breakHyphenGlyphs", "ascent",
                "descent", "hangLeft", "hangRight"), fields(SetLine.class));
        assertEquals(List.of("style", "x", "glyphs", "advances", "text", "href", "scale"), fields(GlyphRun.class));
        assertEquals(6, FlowItem.class.getPermittedSubclasses().length, "the kinds of item compared");
        assertEquals(6, Frame.class.getPermittedSubclasses().length, "the kinds of frame compared");
    }

    private static List<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static FlowItem.Box box(float height) {
        return new FlowItem.Box(height, true, List.of());
    }
}
