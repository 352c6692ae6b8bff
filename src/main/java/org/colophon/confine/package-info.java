/**
 * What a book's inputs may reach: files inside their own folder (the manuscript's, the
 * styles'), with links followed ({@link org.colophon.confine.ConfinedFolder}), and, in the
 * CSS and images that go into the EPUB, nothing fetched from elsewhere
 * ({@link org.colophon.confine.CssText}, {@link org.colophon.confine.UrlTarget}). Shared by
 * the readers, the styles and the layouts so that the rule is written once.
 */
package org.colophon.confine;
