package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example in docs/manuscript.md is a valid manuscript, as printed. */
class DocumentationExampleTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleReads() throws Exception {
        String doc = Files.readString(Path.of("docs/manuscript.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        Fixture f = new Fixture(dir);
        f.write("book.xml", blocks.get(0));
        f.write("chapters/chapter-2.xml", blocks.get(1));
        Path images = Path.of("src/test/resources/manuscripts/complete/images");
        for (String name : List.of("cover.jpg", "map.png", "ornament.png")) {
            f.write("images/" + name, Files.readAllBytes(images.resolve(name)));
        }
        Book book = f.read("book.xml");
        assertEquals("Le Livre complet", book.metadata().title());
        assertEquals(6, book.frontMatter().size());
        assertEquals(List.of(Division.Kind.PART, Division.Kind.CHAPTER), book.body().stream().map(Division::kind).toList());
        assertEquals(List.of("ch-inline", "ch-verse"), book.body().get(0).children().stream().map(Division::id).toList());
        assertEquals(4, book.backMatter().size());
        assertEquals(3, book.assets().size());
        assertTrue(f.warnings.isEmpty(), f.warnings.toString());
    }
}
