package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/colophon, run by the system's sh on a jar whose main class prints what it was given:
 * the launcher's JVM options, the user's arguments untouched, the exit status passed back,
 * the class-data archive used when there is one and never complained about, and from Java 19
 * on the one the JVM makes itself.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("bin/colophon").toAbsolutePath();

    @TempDir
    Path dir;

    private Path jar;

    record Run(int status, List<String> jvm, List<String> args, String err) {}

    @BeforeEach
    void probeJar() throws IOException {
        jar = probeJar(dir.resolve("probe.jar"));
    }

    @Test
    void startsJavaWithTheMeasuredOptionsThenTheUsersThenTheArgumentsAsGiven() throws Exception {
        assumeTrue(Runtime.version().feature() < 19, "the launcher's Java 17 options (the test runs the JDK it runs on)");
        Run run = run(SCRIPT, Map.of("COLOPHON_JAR", jar.toString(), "COLOPHON_OPTS", "-Dcolophon.probe=1"),
                "build", "a book.xml", "", "--out", "l'été/");
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dcolophon.probe=1"), run.jvm());
        assertEquals(List.of("build", "a book.xml", "", "--out", "l'été/"), run.args());
        assertEquals("", run.err());
    }

    @Test
    void passesTheExitStatusBack() throws Exception {
        assertEquals(3, run(SCRIPT, Map.of("COLOPHON_JAR", jar.toString()), "exit=3").status());
    }

    @Test
    void mapsTheArchiveBesideTheJarAndSaysNothingWhenTheArchiveIsOfNoUse() throws Exception {
        assumeTrue(Runtime.version().feature() < 19, "the Java 17 archive (the test runs the JDK it runs on)");
        // not an archive at all, as one left by another JDK or an older jar is of no use
        Path archive = dir.resolve("probe.jsa");
        Files.writeString(archive, "stale");
        Run run = run(SCRIPT, Map.of("COLOPHON_JAR", jar.toString()), "build");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.jvm().contains("-XX:SharedArchiveFile=" + archive), run.jvm().toString());
        assertTrue(run.jvm().contains("-Xshare:auto"), run.jvm().toString());
        assertEquals(List.of("build"), run.args());
        assertEquals("", run.err());
    }

    @Test
    void fromJava19OnTheJvmKeepsItsOwnArchivePerFeatureVersion() throws Exception {
        // a JDK 21 as the launcher sees one: its release file, and a bin/java that prints
        // what it is started with, one a line (Java 17 would refuse -XX:+AutoCreateSharedArchive)
        Path jdk = Files.createDirectories(dir.resolve("jdk-21"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Probe\"\nJAVA_VERSION=\"21.0.2\"\n");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf 'jvm:%s\\n' \"$a\"; done\n");
        assertTrue(java.toFile().setExecutable(true));
        Run run = run(SCRIPT, Map.of("JAVA_HOME", jdk.toString(), "COLOPHON_JAR", jar.toString()), "build", "a b");
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + dir.resolve("probe-jdk21.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", jar.toString(), "build", "a b"), run.jvm());
    }

    @Test
    void findsTheJarBesideItsRealSelfThroughASymbolicLink() throws Exception {
        Path home = Files.createDirectories(dir.resolve("colophon home"));
        Path script = Files.createDirectories(home.resolve("bin")).resolve("colophon");
        Files.copy(SCRIPT, script);
        Files.copy(jar, Files.createDirectories(home.resolve("target")).resolve("colophon.jar"));
        Path link = Files.createDirectories(dir.resolve("elsewhere")).resolve("colophon");
        Files.createSymbolicLink(link, script);
        Run run = run(link, Map.of(), "--version");
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("--version"), run.args());
    }

    @Test
    void aJavaHomeWithoutJavaOrAMissingJarIsAUsageError() throws Exception {
        Run noJava = run(SCRIPT, Map.of("JAVA_HOME", dir.toString(), "COLOPHON_JAR", jar.toString()), "build");
        assertEquals(2, noJava.status());
        assertEquals("colophon: error: JAVA_HOME is " + dir + ", which has no bin/java\n", noJava.err());

        Path missing = dir.resolve("missing.jar");
        Run noJar = run(SCRIPT, Map.of("COLOPHON_JAR", missing.toString()), "build");
        assertEquals(2, noJar.status());
        assertEquals("colophon: error: COLOPHON_JAR is " + missing + ", which is no file\n", noJar.err());
    }

    private Run run(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("COLOPHON_JAR");
        environment.remove("COLOPHON_OPTS");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(new HashMap<>(env));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err;
        String out;
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            err = stderr.readAllBytes();
        }
        int status = process.waitFor();
        List<String> jvm = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("jvm:")) {
                jvm.add(line.substring(4));
            } else if (line.startsWith("arg:")) {
                given.add(line.substring(4));
            }
        }
        return new Run(status, jvm, given, new String(err, StandardCharsets.UTF_8));
    }

    /** A jar holding only LauncherProbe, as its main class. */
    private static Path probeJar(Path target) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(target);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream probe = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            probe.transferTo(out);
            out.closeEntry();
        }
        return target;
    }
}
