package org.colophon.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording and prints where the execution samples fall: the top frames
 * (self time) and, for each method, the share of samples it is anywhere on the stack
 * (total time). A profiling aid for the benchmark, run by hand:
 * {@code java -cp target/test-classes org.colophon.bench.JfrTopFrames x.jfr [rows] [prefix] [within]}:
 * {@code prefix} limits the methods counted on the stack (say {@code org.colophon}),
 * {@code within} the samples to those with that method on the stack.
 */
public final class JfrTopFrames {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String prefix = args.length > 2 ? args[2] : "";
        String within = args.length > 3 ? args[3] : ""; // only the samples with this method on the stack
        // jdk.ObjectAllocationSample counts bytes (its weight) instead of samples
        String event = args.length > 4 ? args[4] : "jdk.ExecutionSample";
        boolean weighted = event.equals("jdk.ObjectAllocationSample");
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> nearest = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals(event)) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (!within.isEmpty() && frames.stream().noneMatch(f -> name(f).equals(within))) {
                continue;
            }
            int w = weighted ? (int) Math.min(Integer.MAX_VALUE, e.getLong("weight") / 1024) : 1; // KB
            samples += w;
            threads.merge(String.valueOf(e.getThread(weighted ? "eventThread" : "sampledThread").getJavaName()), w, Integer::sum);
            self.merge(name(frames.get(0)), w, Integer::sum);
            for (RecordedFrame f : frames) {
                if (name(f).startsWith(prefix)) {
                    nearest.merge(name(f) + " <- " + name(frames.get(0)), w, Integer::sum);
                    break;
                }
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith(prefix) && seen.add(n)) {
                    total.merge(n, w, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d %s%n%nthreads:%n", samples, weighted ? "KB allocated (sampled)" : "samples");
        print(threads, samples, rows);
        System.out.printf(Locale.ROOT, "%ntop frames (self):%n");
        print(self, samples, rows);
        System.out.printf(Locale.ROOT, "%nnearest %s* frame <- top frame:%n", prefix);
        print(nearest, samples, rows);
        System.out.printf(Locale.ROOT, "%non the stack (total)%s:%n", prefix.isEmpty() ? "" : ", " + prefix + "*");
        print(total, samples, rows);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int rows) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(rows)
                .forEach(en -> System.out.printf(Locale.ROOT, "%6d %5.1f%%  %s%n", en.getValue(),
                        100.0 * en.getValue() / samples, en.getKey()));
    }
}
