package org.colophon.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The folders watched for changes, each on its own (a folder's subfolders are watched only
 * when named too), through one {@link WatchService}. Folders, not files, are watched: an
 * editor that saves by writing a new file and renaming it over the old one replaces the
 * file a watch on it would have followed.
 */
final class WatchedFolders implements Closeable {

    /**
     * What changed in the watched folders: the files, those of them that were created (or
     * renamed into place), and whether the system dropped events (too many at once).
     */
    record Changes(Set<Path> files, Set<Path> created, boolean lost) {}

    private final WatchService service;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private final Map<WatchKey, Path> folders = new HashMap<>();

    WatchedFolders() throws IOException {
        service = FileSystems.getDefault().newWatchService();
    }

    /**
     * Watches exactly {@code wanted} (those that are folders now); returns whether that
     * changed the folders watched.
     */
    boolean watchOnly(Set<Path> wanted) {
        boolean changed = false;
        for (Path folder : List.copyOf(keys.keySet())) {
            WatchKey key = keys.get(folder);
            if (!wanted.contains(folder) || !key.isValid()) {
                key.cancel();
                keys.remove(folder);
                folders.remove(key);
                changed = true;
            }
        }
        for (Path folder : wanted) {
            if (keys.containsKey(folder) || !Files.isDirectory(folder)) {
                continue;
            }
            try {
                WatchKey key = folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                keys.put(folder, key);
                folders.put(key, folder);
                changed = true;
            } catch (IOException e) {
                // gone or unreadable since it was listed: nothing in it can be read by a build either
            }
        }
        return changed;
    }

    /** The folders watched, sorted. */
    List<Path> watched() {
        return new ArrayList<>(new TreeSet<>(keys.keySet()));
    }

    /**
     * Waits for a change, then for {@code quiet} without one (an editor's save is several
     * events: truncate, write, rename, touch), for at most {@code longest} in all.
     *
     * @throws InterruptedException             when the waiting thread is interrupted
     * @throws java.nio.file.ClosedWatchServiceException when {@link #close} is called meanwhile
     */
    Changes next(Duration quiet, Duration longest) throws InterruptedException {
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> created = new HashSet<>();
        boolean lost = drain(service.take(), files, created);
        long end = System.nanoTime() + longest.toNanos();
        while (System.nanoTime() < end) {
            WatchKey key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            if (key == null) {
                break;
            }
            lost |= drain(key, files, created);
        }
        return new Changes(files, created, lost);
    }

    private boolean drain(WatchKey key, Set<Path> files, Set<Path> created) {
        boolean lost = false;
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                lost = true;
            } else if (folder != null) {
                Path file = folder.resolve((Path) event.context());
                files.add(file);
                if (event.kind() == ENTRY_CREATE) {
                    created.add(file);
                }
            }
        }
        if (!key.reset() && folder != null) {
            // the folder was deleted or moved away; watched again if a later build names it
            keys.remove(folder);
            folders.remove(key);
        }
        return lost;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
