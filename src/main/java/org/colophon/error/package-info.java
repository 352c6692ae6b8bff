/**
 * Diagnostics shared by every stage: a {@link org.colophon.error.BuildException} carries
 * the errors that stop a build (each with file, line and column), and
 * {@link org.colophon.error.Warnings} receives what does not.
 */
package org.colophon.error;
