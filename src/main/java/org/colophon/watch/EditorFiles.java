package org.colophon.watch;

import java.nio.file.Path;

/**
 * The files an editor or a build writes beside the real ones, whose changes are no edit of
 * a book: backups, locks, swap files, and the outputs' own temporary files.
 */
final class EditorFiles {

    private EditorFiles() {
    }

    static boolean isScratch(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        return n.endsWith("~")                                         // Emacs, gedit, nano backups
                || n.startsWith(".#")                                   // Emacs locks
                || (n.startsWith("#") && n.endsWith("#"))               // Emacs auto-saves
                || n.endsWith(".swp") || n.endsWith(".swo") || n.endsWith(".swx") // Vim
                || n.equals("4913")                                     // Vim's probe that the folder is writable
                || n.contains("___jb_")                                 // IntelliJ's safe write
                || n.startsWith(".~lock.")                              // LibreOffice
                || n.endsWith(".tmp")
                || (n.startsWith(".") && n.endsWith(".part"));          // a build's outputs being written
    }
}
