package org.colophon.highlight;

/** A run of code of one kind, its text exactly as written. */
public record CodeToken(TokenKind kind, String text) {}
