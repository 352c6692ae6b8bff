package org.colophon.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A JVM started in the C locale ({@code LANG=C}, or no locale at all, as in many
 * containers and CI jobs) takes every file name for ASCII: it can neither open nor name
 * {@code livres-é/été.xml}, and the accented arguments it was given reach it as U+FFFD.
 * Such a JVM runs the same command again in one whose file names are UTF-8 (the
 * {@code C.UTF-8} locale), with the arguments read back from the process's own command
 * line (Linux's {@code /proc/self/cmdline}) and handed over in ASCII. When that cannot be
 * done, {@link #unusableName} says what to do instead.
 */
final class Utf8Relaunch {

    /** Set on the JVM started again, whose arguments are percent-encoded UTF-8: it never starts another. */
    static final String RELAUNCHED = "colophon.relaunched";
    private static final String UTF8_LOCALE = "C.UTF-8";

    private Utf8Relaunch() {
    }

    /**
     * Runs the command in a UTF-8 JVM when this one cannot name non-ASCII files, and
     * returns that JVM's exit status; empty when this JVM is to run it itself.
     */
    static OptionalInt runIfNeeded(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED) || !asciiFileNames() || isWindows()
                || Main.class.getClassLoader() != ClassLoader.getSystemClassLoader()) {
            return OptionalInt.empty(); // also inside a build tool's JVM (exec:java), which cannot be started again
        }
        Optional<List<String>> meant = argumentsAsTyped(args);
        if (meant.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions());
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        for (String a : meant.get()) {
            command.add(percentEncoded(a));
        }
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        pb.environment().put("LC_ALL", UTF8_LOCALE);
        Process child;
        try {
            child = pb.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(Main.INTERNAL);
        }
    }

    /** The arguments of this JVM's command: as given, or as the JVM that started it again meant them. */
    static String[] arguments(String[] args) {
        if (!Boolean.getBoolean(RELAUNCHED)) {
            return args;
        }
        return Arrays.stream(args).map(Utf8Relaunch::percentDecoded).toArray(String[]::new);
    }

    /** Why {@code name} cannot be a file name in this JVM, and what to do about it. */
    static String unusableName(String name) {
        return "the file name '" + name + "' cannot be used: this Java takes file names to be "
                + System.getProperty("sun.jnu.encoding") + " (from the locale, LANG=" + System.getenv("LANG")
                + ", LC_ALL=" + System.getenv("LC_ALL") + "); run Colophon in a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
    }

    private static boolean asciiFileNames() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).equals(StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * The arguments as the user typed them: as given when they are ASCII; else read back
     * from /proc/self/cmdline as UTF-8, when its last entries are those arguments.
     */
    private static Optional<List<String>> argumentsAsTyped(String[] args) {
        if (Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0)) {
            return Optional.of(List.of(args));
        }
        byte[] raw;
        try {
            raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                entries.add(Arrays.copyOfRange(raw, start, i));
                start = i + 1;
            }
        }
        if (entries.size() < args.length) {
            return Optional.empty();
        }
        List<String> typed = new ArrayList<>();
        List<byte[]> tail = entries.subList(entries.size() - args.length, entries.size());
        for (int i = 0; i < args.length; i++) {
            byte[] bytes = tail.get(i);
            // the JVM decoded each argument byte by byte, a U+FFFD for each byte past ASCII
            if (!new String(bytes, StandardCharsets.US_ASCII).equals(args[i])) {
                return Optional.empty();
            }
            try {
                typed.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                return Optional.empty(); // not UTF-8 either: no JVM can be told this name
            }
        }
        return Optional.of(typed);
    }

    /** This JVM's options, but a debugger's agent, whose port the new JVM could not have. */
    private static List<String> jvmOptions() {
        try {
            List<String> options = new ArrayList<>();
            for (String o : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (!o.startsWith("-agentlib:jdwp") && !o.startsWith("-Xrunjdwp") && !o.startsWith("-D" + RELAUNCHED)) {
                    options.add(o);
                }
            }
            return options;
        } catch (LinkageError | RuntimeException e) {
            return List.of(); // a runtime without java.management: the defaults will do
        }
    }

    private static String percentEncoded(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '%') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static String percentDecoded(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
