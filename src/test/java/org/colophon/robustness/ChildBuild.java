package org.colophon.robustness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code colophon build} in a separate JVM, as a user would, with its own working
 * directory, environment and system properties, on this test's class path. Its output goes
 * to files, so that a chatty child never blocks on a full pipe.
 */
final class ChildBuild {

    record Result(int status, String out, String err) {}

    private final Path workingDirectory;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> arguments = new ArrayList<>();

    ChildBuild(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Sets an environment variable; null removes it (the child otherwise inherits this JVM's). */
    ChildBuild env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    ChildBuild jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    ChildBuild args(String... args) {
        arguments.addAll(List.of(args));
        return this;
    }

    Process start(Path logs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.colophon.cli.Main");
        command.add("build");
        command.addAll(arguments);
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile());
        // a CI may set it; each test decides
        pb.environment().remove("SOURCE_DATE_EPOCH");
        environment.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Files.createDirectories(logs);
        pb.redirectOutput(logs.resolve("out.txt").toFile());
        pb.redirectError(logs.resolve("err.txt").toFile());
        return pb.start();
    }

    Result run(Path logs, long timeoutSeconds) throws IOException, InterruptedException {
        Process p = start(logs);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the build did not end within " + timeoutSeconds + " s: " + read(logs.resolve("err.txt")));
        }
        return new Result(p.exitValue(), read(logs.resolve("out.txt")), read(logs.resolve("err.txt")));
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
