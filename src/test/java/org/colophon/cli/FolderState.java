package org.colophon.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a folder holds, all the way down and hidden files included: each path with the
 * digest of its bytes, "folder", or where a symbolic link points (links are not followed,
 * so that replacing a link by a file shows). Two equal states mean a build left the folder
 * exactly as it was.
 */
record FolderState(Map<String, String> entries) {

    static FolderState of(Path folder) {
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new FolderState(entries);
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(p -> !p.equals(folder)).toList()) {
                String name = folder.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    entries.put(name, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    entries.put(name, "folder");
                } else {
                    entries.put(name, digest(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderState(entries);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
