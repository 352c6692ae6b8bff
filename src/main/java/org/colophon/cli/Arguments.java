package org.colophon.cli;

import java.nio.file.Path;

/** The parsed command line. */
record Arguments(Command command, Path manuscript, Path out, Path styles, boolean quiet, boolean strict) {

    enum Command { BUILD, HELP, VERSION }

    static Arguments parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                return new Arguments(Command.HELP, null, null, null, false, false);
            }
            if (a.equals("--version")) {
                return new Arguments(Command.VERSION, null, null, null, false, false);
            }
        }
        if (!args[0].equals("build")) {
            throw new IllegalArgumentException("unknown command '" + args[0] + "' (expected 'build')");
        }
        Path manuscript = null;
        Path out = Path.of("target");
        Path styles = null;
        boolean quiet = false;
        boolean strict = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--styles" -> styles = Path.of(value(args, ++i, a));
                case "--quiet", "-q" -> quiet = true;
                case "--strict" -> strict = true;
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + a + "'");
                    }
                    if (manuscript != null) {
                        throw new IllegalArgumentException("only one manuscript per build ('" + manuscript + "' and '" + a + "')");
                    }
                    manuscript = Path.of(a);
                }
            }
        }
        if (manuscript == null) {
            throw new IllegalArgumentException("build needs a manuscript file");
        }
        return new Arguments(Command.BUILD, manuscript, out, styles, quiet, strict);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a folder");
        }
        return args[i];
    }
}
