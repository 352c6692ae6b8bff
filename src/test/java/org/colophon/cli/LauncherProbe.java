package org.colophon.cli;

import java.lang.management.ManagementFactory;

/**
 * Stands in for Colophon's main class in LauncherScriptTest: prints the JVM options it was
 * started with and its arguments, one a line, then exits with the status asked by an
 * argument {@code exit=N}.
 */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            System.out.println("jvm:" + option);
        }
        int status = 0;
        for (String arg : args) {
            System.out.println("arg:" + arg);
            if (arg.startsWith("exit=")) {
                status = Integer.parseInt(arg.substring(5));
            }
        }
        System.exit(status);
    }
}
