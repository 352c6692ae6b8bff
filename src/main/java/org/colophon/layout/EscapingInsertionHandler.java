package org.colophon.layout;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template prints, so that text from a manuscript (which may hold
 * {@code <}, {@code &}, {@code $} or {@code #set}) always comes out as text. Only
 * {@link Markup}, which Colophon rendered and escaped itself, goes through untouched.
 */
final class EscapingInsertionHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Markup) {
            return value;
        }
        String text = value.toString();
        // null from a #define block Velocity stopped rendering (it refers to itself): handed
        // back as it came, strict mode reports it at its place as a block that printed nothing
        return text == null ? value : Xml.escape(text);
    }
}
