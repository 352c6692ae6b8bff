package org.colophon;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Asks HotSpot, for this process, to compile with its quick compiler (C1) only and never
 * with its optimizing one (C2): the command line's way to build a book is one JVM that
 * runs for seconds, and in a 1,200-page build C2 spent more processor time compiling
 * (about 7 s, on a 2-core machine) than the build spent running, for code it would only
 * have sped up later. {@code -XX:TieredStopAtLevel=1} would say the same, but
 * {@code java -jar} takes no JVM options from the jar; a compiler directive added through
 * the JVM's diagnostic command bean does.
 *
 * <p>For the command line only: a library must not change how its host JVM compiles. Does
 * nothing where the JVM has no such bean or refuses (another JVM, a security policy).
 */
public final class QuickCompilation {

    /** Every method: no C2. (C1 keeps compiling, at its full-speed level without profiling.) */
    static final String DIRECTIVE = "[ { match: \"*.*\", c2: { Exclude: true } } ]\n";

    private QuickCompilation() {
    }

    /**
     * Adds the directive on a thread of its own (the management beans take a fifth of a
     * second to start), so the build starts at once.
     */
    public static void inBackground() {
        Thread t = new Thread(QuickCompilation::now, "colophon-quick-compilation");
        t.setDaemon(true);
        t.start();
    }

    /**
     * {@link #inBackground()} when this JVM was started to run {@code main} ({@code java -jar
     * colophon.jar}, or {@code java -cp … org.colophon.cli.Main}), not when Colophon runs
     * inside a longer-lived one (Maven's {@code exec:java}, a test runner).
     */
    public static void inBackgroundIfOwnJvm(Class<?> main) {
        String jar = null;
        try {
            jar = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (Exception | LinkageError e) {
            // no code source: only the main class name can tell
        }
        if (isOwnJvm(System.getProperty("sun.java.command", ""), main.getName(), jar)) {
            inBackground();
        }
    }

    /** Whether the JVM's command ({@code sun.java.command}) runs {@code mainClass}, or the jar it is in. */
    static boolean isOwnJvm(String command, String mainClass, String jarOfMain) {
        String first = command.strip().split("\\s+", 2)[0];
        if (first.equals(mainClass)) {
            return true;
        }
        if (jarOfMain == null || !first.endsWith(".jar")) {
            return false;
        }
        try {
            return Files.isSameFile(Path.of(first), Path.of(jarOfMain));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** Adds the directive; returns whether the JVM took it. */
    static boolean now() {
        Path file = null;
        try {
            file = Files.createTempFile("colophon-directives", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object answer = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                    new String[] {String[].class.getName()});
            return String.valueOf(answer).contains("1 compiler directives added");
        } catch (Exception | LinkageError e) {
            return false; // only a question of speed
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary file left behind does no harm
                }
            }
        }
    }
}
