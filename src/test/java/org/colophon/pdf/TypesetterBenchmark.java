package org.colophon.pdf;

import java.io.ByteArrayOutputStream;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.styles.Styles;
import java.util.ArrayList;
import java.util.List;
import org.colophon.testing.TestLayouts;

/**
 * Times the typesetter on the Ponson novel, and on the novel repeated to book length.
 * Run: {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.colophon.pdf.TypesetterBenchmark -Dexec.args="5 1"}
 * (runs, copies of the novel).
 */
public final class TypesetterBenchmark {

    private TypesetterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Book novel = Books.ponson();
        if (novel == null) {
            System.out.println("the ELTeC corpus is absent");
            return;
        }
        List<Division> body = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (Division d : novel.body()) {
                body.add(renumber(d, "c" + c + "-"));
            }
        }
        Book book = novel.withDivisions(List.of(), body, List.of());
        Publication publication = Books.publish(book);
        for (int r = 0; r < runs; r++) {
            Runtime.getRuntime().gc();
            long t = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pages = new Typesetter(Styles.bundled(), d -> { })
                    .typeset(publication, TestLayouts.date(publication), out);
            long ms = (System.nanoTime() - t) / 1_000_000;
            long used = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            System.out.printf("run %d: %d pages, %d ms, %d KB, heap in use after %d MB%n", r + 1, pages, ms,
                    out.size() >> 10, used);
        }
    }

    private static Division renumber(Division d, String prefix) {
        List<Division> children = d.children().stream().map(c -> renumber(c, prefix)).toList();
        return new Division(d.kind(), prefix + d.id(), d.lang(), d.title(), d.subtitle(), d.blocks(), children);
    }
}
