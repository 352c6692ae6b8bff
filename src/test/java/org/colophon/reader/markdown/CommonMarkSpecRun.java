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
 * <p>Run by {@code mvn -B -q -o test -Dtest=CommonMarkSpecTest}, which prints the figures.
 */
public final class CommonMarkSpecRun {

    record Example(int number, String section, String markdown, String html) {}

    /** The spec's sections on raw HTML, which the reader refuses but for a few inline tags. */
    private static final java.util.Set<String> HTML_SECTIONS = java.util.Set.of("HTML blocks", "Raw HTML");

    /** One library against one spec version. */
    record Result(String library, String version, int passed, int total, int bookPassed, int bookTotal,
                  List<Integer> failed) {
        @Override
        public String toString() {
            return String.format("%s on CommonMark %s: %d/%d examples pass (%d/%d outside the raw HTML sections)%s",
                    library, version, passed, total, bookPassed, bookTotal,
                    failed.isEmpty() ? "" : "; failing: " + shortList(failed));
        }
    }

    public static void main(String[] args) throws IOException {
        for (Result r : results()) {
            System.out.println(r);
        }
    }

    static List<Result> results() throws IOException {
        List<Result> out = new ArrayList<>();
        String spec031 = resource("spec.txt", "commonmark-test-util");
        String spec030 = resource("spec.0.30.txt", "flexmark-test-specs");
        String spec029 = resource("spec.0.29.txt", "flexmark-test-specs");
        UnaryOperator<String> commonmark = commonmarkJava(false);
        // the renderer's option to percent-encode link destinations in href, as the spec's HTML does;
        // the reader takes destinations from the tree, where it makes no difference
        UnaryOperator<String> commonmarkEncoded = commonmarkJava(true);
        UnaryOperator<String> flexmark = flexmarkJava(false);
        UnaryOperator<String> flexmarkEncoded = flexmarkJava(true);
        out.add(report("commonmark-java 0.30.0", "0.31.2", spec031, commonmark));
        out.add(report("commonmark-java 0.30.0, URLs percent-encoded", "0.31.2", spec031, commonmarkEncoded));
        out.add(report("flexmark-java 0.64.8  ", "0.31.2", spec031, flexmark));
        out.add(report("flexmark-java 0.64.8, URLs percent-encoded", "0.31.2", spec031, flexmarkEncoded));
        out.add(report("commonmark-java 0.30.0", "0.30  ", spec030, commonmark));
        out.add(report("flexmark-java 0.64.8  ", "0.30  ", spec030, flexmark));
        out.add(report("commonmark-java 0.30.0", "0.29  ", spec029, commonmark));
        out.add(report("flexmark-java 0.64.8  ", "0.29  ", spec029, flexmark));
        return out;
    }

    private static UnaryOperator<String> commonmarkJava(boolean percentEncodeUrls) {
        org.commonmark.parser.Parser parser = org.commonmark.parser.Parser.builder().build();
        org.commonmark.renderer.html.HtmlRenderer renderer = org.commonmark.renderer.html.HtmlRenderer.builder()
                .percentEncodeUrls(percentEncodeUrls).build();
        return md -> renderer.render(parser.parse(md));
    }

    private static UnaryOperator<String> flexmarkJava(boolean percentEncodeUrls) {
        MutableDataSet options = new MutableDataSet(); // flexmark's default profile is CommonMark
        options.set(com.vladsch.flexmark.html.HtmlRenderer.PERCENT_ENCODE_URLS, percentEncodeUrls);
        com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder(options).build();
        com.vladsch.flexmark.html.HtmlRenderer renderer = com.vladsch.flexmark.html.HtmlRenderer.builder(options).build();
        return md -> renderer.render(parser.parse(md));
    }

    private static Result report(String library, String version, String spec, UnaryOperator<String> render) {
        List<Example> examples = examples(spec);
        int passed = 0;
        int bookExamples = 0;
        int bookPassed = 0;
        List<Integer> failed = new ArrayList<>();
        for (Example e : examples) {
            String out;
            try {
                out = render.apply(e.markdown());
            } catch (RuntimeException ex) {
                out = "(threw " + ex + ")";
            }
            boolean book = !HTML_SECTIONS.contains(e.section());
            bookExamples += book ? 1 : 0;
            if (out.equals(e.html())) {
                passed++;
                bookPassed += book ? 1 : 0;
            } else {
                failed.add(e.number());
            }
        }
        return new Result(library.strip(), version.strip(), passed, examples.size(), bookPassed, bookExamples,
                List.copyOf(failed));
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
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ") || lines[i].startsWith("# ")) {
                section = lines[i].replaceFirst("^#+ ", "").strip();
            }
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
            out.add(new Example(number, section, md.toString().replace('→', '\t'), html.toString().replace('→', '\t')));
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
