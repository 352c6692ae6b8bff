package org.colophon.layout;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.apache.velocity.VelocityContext;

/**
 * The context of one rendering, which counts its work against the {@link LayoutLimits}:
 * each macro call and each round of a loop ({@link CountedForeach}) is a step, and no
 * variable may hold a string or a list longer than a page may be. Velocity gives every
 * directive the context it renders with, so the count is the rendering's own, whichever
 * thread renders.
 */
final class RenderBudget extends VelocityContext {

    private long steps;

    /** One step more; throws once the rendering has taken more than it may. */
    void step(String templateName, int line, int column) {
        if (++steps > LayoutLimits.MAX_STEPS) {
            throw new LayoutLimitExceeded(String.format(Locale.ROOT, "this layout has gone round its loops and"
                    + " called its macros more than %,d times for one page; a loop or a macro here does not end",
                    LayoutLimits.MAX_STEPS), templateName, line, column);
        }
    }

    @Override
    public void pushCurrentMacroName(String name) {
        step(getCurrentTemplateName(), 0, 0);
        super.pushCurrentMacroName(name);
    }

    @Override
    public Object internalPut(String key, Object value) {
        checkSize(value, "$" + key, getCurrentTemplateName());
        return super.internalPut(key, value);
    }

    /** Refuses a string longer than a page may be, or a list or map longer than a loop may go. */
    static void checkSize(Object value, String what, String templateName) {
        long size = -1;
        long most = 0;
        if (value instanceof CharSequence s) {
            size = s.length();
            most = LayoutLimits.MAX_CHARACTERS;
        } else if (value instanceof Collection<?> c) {
            size = c.size();
            most = LayoutLimits.MAX_LOOP_ROUNDS;
        } else if (value instanceof Map<?, ?> m) {
            size = m.size();
            most = LayoutLimits.MAX_LOOP_ROUNDS;
        }
        if (size > most) {
            throw new LayoutLimitExceeded(String.format(Locale.ROOT, "%s would hold %,d %s; a layout's values may"
                    + " hold at most %,d", what, size, value instanceof CharSequence ? "characters" : "elements", most),
                    templateName, 0, 0);
        }
    }
}
