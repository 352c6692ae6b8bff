/**
 * The Colophon Maven plugin: the {@code build} goal ({@link org.colophon.maven.BuildMojo})
 * builds a book project's manuscripts through Colophon's library API and attaches the PDF
 * and the EPUB to the project, so that {@code mvn install} and {@code deploy} publish them.
 */
package org.colophon.maven;
