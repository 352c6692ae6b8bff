package org.colophon.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The parsed command line. */
record Arguments(Command command, Path manuscript, Path out, Path styles, boolean quiet, boolean strict,
                 boolean print) {

    enum Command { BUILD, WATCH, HELP, VERSION }

    /** After it, every argument is a file name, whatever it looks like ({@code build -- --odd.xml}). */
    private static final String END_OF_OPTIONS = "--";

    static Arguments parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        for (String a : args) {
            if (a.equals(END_OF_OPTIONS)) {
                break; // what follows are file names, even --help
            }
            if (a.equals("--help") || a.equals("-h")) {
                return new Arguments(Command.HELP, null, null, null, false, false, false);
            }
            if (a.equals("--version")) {
                return new Arguments(Command.VERSION, null, null, null, false, false, false);
            }
        }
        Command command = switch (args[0]) {
            case "build" -> Command.BUILD;
            case "watch" -> Command.WATCH;
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "' (expected 'build' or 'watch')");
        };
        Path manuscript = null;
        Path out = Path.of("target");
        Path styles = null;
        boolean quiet = false;
        boolean strict = false;
        boolean print = false;
        boolean optionsEnded = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (optionsEnded) {
                manuscript = manuscript(manuscript, a);
                continue;
            }
            switch (a) {
                case END_OF_OPTIONS -> optionsEnded = true;
                case "--out" -> out = path(value(args, ++i, a));
                case "--styles" -> styles = path(value(args, ++i, a));
                case "--quiet", "-q" -> quiet = true;
                case "--strict" -> strict = true;
                case "--print" -> print = true;
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + a + "'" + (a.endsWith(".xml")
                                ? " (a manuscript whose name starts with '-' goes after --: colophon " + args[0] + " -- " + a + ")"
                                : ""));
                    }
                    manuscript = manuscript(manuscript, a);
                }
            }
        }
        if (manuscript == null) {
            throw new IllegalArgumentException(args[0] + " needs a manuscript file");
        }
        return new Arguments(command, manuscript, out, styles, quiet, strict, print);
    }

    /** The manuscript named by {@code arg}, when none was named before. */
    private static Path manuscript(Path named, String arg) {
        if (named != null) {
            throw new IllegalArgumentException("only one manuscript per build ('" + named + "' and '" + arg + "')");
        }
        return path(arg);
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(Utf8Relaunch.unusableName(name), e);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a folder");
        }
        return args[i];
    }
}
