package org.colophon.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One whole process, as a user starts it, measured by GNU time ({@code /usr/bin/time}, Debian's
 * {@code time} package): wall time, the processor time of the process and all its children
 * (user + system, so a launcher script and the JVM it starts count as one), and the peak
 * resident set of the largest of them.
 */
record MeasuredRun(long wallMillis, long cpuMillis, long peakRssKb, String output) {

    private static final Pattern COLOPHON_PAGES = Pattern.compile("(?m)^pdf\\s+(\\d+) pages");

    /** Runs {@code command} in {@code directory} and fails with its output when it exits non-zero. */
    static MeasuredRun of(List<String> command, Path directory, Path scratch) throws IOException, InterruptedException {
        Path times = Files.createTempFile(scratch, "time", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
        timed.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(timed).directory(directory.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        String measured = Files.readString(times).trim();
        Files.delete(times);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ":\n" + output);
        }
        // GNU time prints a "Command exited…" line first when the command fails; the numbers come last
        String[] f = measured.substring(measured.lastIndexOf('\n') + 1).split(" ");
        return new MeasuredRun(seconds(f[0]), seconds(f[1]) + seconds(f[2]), Long.parseLong(f[3]), output);
    }

    /** The page count a Colophon build prints on its pdf line; 0 when it printed none. */
    int colophonPages() {
        Matcher m = COLOPHON_PAGES.matcher(output);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static long seconds(String s) {
        return Math.round(Double.parseDouble(s) * 1000);
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** The medians of several runs of one command. */
    record Medians(long wallMillis, long cpuMillis, long peakRssKb) {

        static Medians of(List<MeasuredRun> runs) {
            return new Medians(median(runs.stream().mapToLong(MeasuredRun::wallMillis).toArray()),
                    median(runs.stream().mapToLong(MeasuredRun::cpuMillis).toArray()),
                    median(runs.stream().mapToLong(MeasuredRun::peakRssKb).toArray()));
        }

        String formatted() {
            return String.format(Locale.ROOT, "%8.2f %8.2f %8.0f", wallMillis / 1000.0, cpuMillis / 1000.0,
                    peakRssKb / 1024.0);
        }
    }
}
