package org.colophon.layout;

import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.VelocityException;

/** A rendering went past one of the {@link LayoutLimits}, at a place in a layout when it is known. */
final class LayoutLimitExceeded extends VelocityException implements ExtendedParseException {

    private final String templateName;
    private final int line;
    private final int column;

    LayoutLimitExceeded(String message, String templateName, int line, int column) {
        super(message);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    @Override
    public String getTemplateName() {
        return templateName;
    }

    @Override
    public int getLineNumber() {
        return line;
    }

    @Override
    public int getColumnNumber() {
        return column;
    }
}
