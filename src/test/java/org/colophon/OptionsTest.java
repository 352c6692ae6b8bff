package org.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.colophon.Colophon.Options;
import org.colophon.Colophon.Output;
import org.colophon.styles.Styles;
import org.junit.jupiter.api.Test;

/** What a library caller gets when it names only some settings. */
class OptionsTest {

    @Test
    void theDefaultsAreBothBooksWithTheBuiltInStylesAndNothingElse() {
        Options options = Options.defaults(Path.of("out"));
        assertEquals(Path.of("out"), options.outputDirectory());
        assertEquals(Set.of(Output.PDF, Output.EPUB), options.outputs());
        assertTrue(options.pdf());
        assertTrue(options.epub());
        assertFalse(options.report());
        assertFalse(options.strict());
        assertFalse(options.returnMemory());
        assertFalse(options.print(), "the cover spread only on request");
        assertTrue(options.date().isEmpty());
    }

    @Test
    void eachSettingNamedChangesOnlyItself() {
        Styles styles = Styles.fromDirectory(Path.of("my-styles"));
        Options options = Options.builder(Path.of("out")).styles(styles).outputs(Output.EPUB).strict(true).build();
        assertEquals(styles, options.styles());
        assertFalse(options.pdf());
        assertTrue(options.epub());
        assertFalse(options.report());
        assertTrue(options.strict());
        assertFalse(options.returnMemory());
        assertFalse(options.print());
        assertTrue(Options.builder(Path.of("out")).print(true).build().print());
    }

    @Test
    void theOutputsCannotBeChangedAfterwards() {
        Options options = Options.defaults(Path.of("out"));
        assertThrows(UnsupportedOperationException.class, () -> options.outputs().remove(Output.PDF));
    }
}
