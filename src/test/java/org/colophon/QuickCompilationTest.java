package org.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The quick-compilation directive, tried in a JVM of its own (in this one it would change
 * how every later test is compiled).
 */
class QuickCompilationTest {

    /** Run in the child JVM: adds the directive, then prints the JVM's directive stack. */
    public static void main(String[] args) throws Exception {
        System.out.println("taken: " + QuickCompilation.now());
        System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }

    @Test
    void theJvmTakesTheDirectiveAndExcludesItsOptimizingCompiler() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QuickCompilationTest.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("taken: true"), out);
        // the first directive is ours: every method, C2 excluded
        int ours = out.indexOf("matching: *.*");
        int c2 = out.indexOf("c2 directives:", ours);
        int defaults = out.indexOf("Directive: (default)");
        assertTrue(ours >= 0 && c2 > ours && defaults > c2, out);
        assertTrue(out.substring(c2, defaults).contains("Exclude:true"), out);
    }

    @Test
    void onlyAJvmStartedForColophonIsChanged() throws Exception {
        String main = "org.colophon.cli.Main";
        Path jar = java.nio.file.Files.createTempFile("colophon", ".jar");
        Path other = java.nio.file.Files.createTempFile("surefirebooter", ".jar");
        try {
            assertTrue(QuickCompilation.isOwnJvm(jar + " build book.xml --out x", main, jar.toString()));
            assertTrue(QuickCompilation.isOwnJvm("org.colophon.cli.Main build book.xml", main, null));
            assertFalse(QuickCompilation.isOwnJvm(other + " 1 2", main, jar.toString()), "a test runner's jar");
            assertFalse(QuickCompilation.isOwnJvm("org.codehaus.plexus.classworlds.launcher.Launcher -q exec:java",
                    main, jar.toString()));
            assertFalse(QuickCompilation.isOwnJvm("", main, jar.toString()));
        } finally {
            java.nio.file.Files.delete(jar);
            java.nio.file.Files.delete(other);
        }
    }
}
