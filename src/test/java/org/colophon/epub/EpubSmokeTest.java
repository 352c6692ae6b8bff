package org.colophon.epub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.error.Warnings;
import org.colophon.layout.LayoutRenderer;
import org.colophon.layout.Publication;
import org.colophon.styles.Styles;
import org.colophon.testing.EpubValidator;
import org.colophon.testing.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpubSmokeTest {

    @Test
    void richBookIsValid(@TempDir Path dir) throws Exception {
        Publication pub = new LayoutRenderer(Styles.bundled(), d -> System.err.println(d), null)
                .render(TestBooks.rich(dir));
        Path epub = Path.of("target/smoke-rich.epub");
        try (OutputStream out = Files.newOutputStream(epub)) {
            new EpubWriter(null).write(pub, out);
        }
        var r = EpubValidator.check(epub);
        r.all().forEach(System.out::println);
        assertTrue(r.clean(), r.describe());
    }
}
