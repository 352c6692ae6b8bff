/**
 * Syntax highlighting of code blocks: the languages Colophon knows and the kinds of
 * token the layouts style, with RSyntaxTextArea's lexers doing the tokenizing.
 */
package org.colophon.highlight;
