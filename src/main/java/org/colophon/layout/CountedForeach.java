package org.colophon.layout;

import java.util.Iterator;
import java.util.Locale;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Foreach;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Velocity's {@code #foreach}, registered in its place, whose rounds count towards the
 * rendering's {@link RenderBudget} and which ends with an error at its own line, not
 * silently, when one loop goes round more than {@link LayoutLimits#MAX_LOOP_ROUNDS} times.
 */
public final class CountedForeach extends Foreach {

    @Override
    protected void put(InternalContextAdapter context, String key, Object value) {
        if (context.getInternalUserContext() instanceof RenderBudget budget) {
            budget.step(getTemplateName(), getLine(), getColumn());
        }
        super.put(context, key, value);
    }

    @Override
    protected Iterator getIterator(Object iterable, Node node) {
        Iterator<?> items = super.getIterator(iterable, node);
        if (items == null) {
            return null;
        }
        return new Iterator<Object>() {
            private int rounds;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Object next() {
                if (++rounds > LayoutLimits.MAX_LOOP_ROUNDS) {
                    throw new LayoutLimitExceeded(String.format(Locale.ROOT, "this #foreach goes round more than %,d"
                            + " times; a layout's loop may go round at most that often", LayoutLimits.MAX_LOOP_ROUNDS),
                            getTemplateName(), getLine(), getColumn());
                }
                return items.next();
            }
        };
    }
}
