/**
 * The watch mode: {@link org.colophon.watch.BookWatcher} builds books once, then rebuilds
 * each whenever a file it read changes (the manuscript, the files it includes, its images
 * and cover, the styles folder), with the same {@link org.colophon.BuildCache} every time.
 * It says what happened through {@link org.colophon.watch.BuildEvent}s and prints nothing
 * itself; {@link org.colophon.watch.WatchLines} words them for a console, which the command
 * line's {@code colophon watch} and the Maven plugin's {@code watch} goal both use.
 */
package org.colophon.watch;
