package org.colophon.reader.markdown;

import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs the CommonMark spec's own examples through commonmark-java and flexmark-java and
 * prints passes/total for each: the measure by which the Markdown reader's library was
 * chosen (docs/markdown.md). The spec files come from Maven Central artifacts on the test
 * class path: {@code spec.txt} (CommonMark 0.31.2) of {@code commonmark-test-util},
 * {@code spec.0.29.txt} and {@code spec.0.30.txt} of {@code flexmark-test-specs}.
 * An example passes when the library's HTML equals the spec's, byte for byte.
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.colophon.reader.markdown.CommonMarkSpecRun</pre>
 */
public final class CommonMarkSpecRun {

    record Example(int number, String markdown, String html) {}

    public static void main(String[] args) throws IOException {
        String spec031 = resource("spec.txt", "commonmark-test-util");
        String spec030 = resource("spec.0.30.txt", "flexmark-test-specs");
        String spec029 = resource("spec.0.29.txt", "flexmark-test-specs");
        UnaryOperator<String> commonmark = commonmarkJava();
        UnaryOperator<String> flexmark = flexmarkJava();
        report("commonmark-java 0.30.0", "0.31.2", spec031, commonmark);
        report("flexmark-java 0.64.8  ", "0.31.2", spec031, flexmark);
        report("commonmark-java 0.30.0", "0.30  ", spec030, commonmark);
        report("flexmark-java 0.64.8  ", "0.30  ", spec030, flexmark);
        report("commonmark-java 0.30.0", "0.29  ", spec029, commonmark);
        report("flexmark-java 0.64.8  ", "0.29  ", spec029, flexmark);
    }

    private static UnaryOperator<String> commonmarkJava() {
        org.commonmark.parser.Parser parser = org.commonmark.parser.Parser.builder().build();
        org.commonmark.renderer.html.HtmlRenderer renderer = org.commonmark.renderer.html.HtmlRenderer.builder().build();
        return md -> renderer.render(parser.parse(md));
    }

    private static UnaryOperator<String> flexmarkJava() {
        MutableDataSet options = new MutableDataSet(); // flexmark's default profile is CommonMark
        com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder(options).build();
        com.vladsch.flexmark.html.HtmlRenderer renderer = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build();
        return md -> renderer.render(parser.parse(md));
    }

    private static void report(String library, String version, String spec, UnaryOperator<String> render) {
        List<Example> examples = examples(spec);
        int passed = 0;
        List<Integer> failed = new ArrayList<>();
        for (Example e : examples) {
            String out;
            try {
                out = render.apply(e.markdown());
            } catch (RuntimeException ex) {
                out = "(threw " + ex + ")";
            }
            if (out.equals(e.html())) {
                passed++;
            } else {
                failed.add(e.number());
            }
        }
        System.out.printf("%s on CommonMark %s: %d/%d examples pass%s%n", library, version, passed, examples.size(),
                failed.isEmpty() ? "" : "; failing: " + shortList(failed));
    }

    private static String shortList(List<Integer> numbers) {
        List<Integer> shown = numbers.size() > 40 ? numbers.subList(0, 40) : numbers;
        return shown + (numbers.size() > 40 ? " and " + (numbers.size() - 40) + " more" : "");
    }

    /** The examples of a spec.txt, with its → written as the tab it stands for. */
    static List<Example> examples(String spec) {
        List<Example> out = new ArrayList<>();
        String fence = "````````````````````````````````";
        String[] lines = spec.split("\n", -1);
        int number = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(fence + " example")) {
                continue;
            }
            StringBuilder md = new StringBuilder();
            StringBuilder html = new StringBuilder();
            StringBuilder into = md;
            for (i++; i < lines.length && !lines[i].equals(fence); i++) {
                if (lines[i].equals(".") && into == md) {
                    into = html;
                } else {
                    into.append(lines[i]).append('\n');
                }
            }
            number++;
            out.add(new Example(number, md.toString().replace('→', '\t'), html.toString().replace('→', '\t')));
        }
        return out;
    }

    private static String resource(String name, String jar) throws IOException {
        for (URL url : Collections.list(CommonMarkSpecRun.class.getClassLoader().getResources(name))) {
            if (url.toString().contains(jar)) {
                try (InputStream in = url.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("no " + name + " in " + jar + " on the class path");
    }
}
