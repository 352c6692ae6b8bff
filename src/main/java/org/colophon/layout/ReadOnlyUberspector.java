package org.colophon.layout;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity's secure introspection (no reflection, class loading or process access from a
 * template), and no {@code #set($book.title = …)} on the objects Colophon hands over: with
 * no property setter, strict mode reports the attempt at its line and column. A method a
 * template calls may neither be handed nor make a string or a list larger than a layout's
 * values may be ({@link LayoutLimits}), so that {@code $s.concat($s)} or
 * {@code $list.addAll($list)} in a loop stop at the limit instead of filling the memory.
 */
public final class ReadOnlyUberspector extends SecureUberspector {

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        return null;
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
        VelMethod method = super.getMethod(obj, methodName, args, info);
        return method == null ? null : new Bounded(method, info);
    }

    /** A method whose arguments, object and result are held to the size of a layout's values. */
    private static final class Bounded implements VelMethod {
        private final VelMethod method;
        private final Info info;

        Bounded(VelMethod method, Info info) {
            this.method = method;
            this.info = info;
        }

        @Override
        public Object invoke(Object o, Object[] params) throws IllegalAccessException, InvocationTargetException {
            String what = "the result of " + method.getMethodName() + "()";
            for (Object param : params == null ? new Object[0] : params) {
                check(param, "an argument of " + method.getMethodName() + "()");
            }
            // String.repeat would build its result before it could be measured
            if (o instanceof String s && method.getMethodName().equals("repeat") && params.length == 1
                    && params[0] instanceof Number n && (long) s.length() * n.longValue() > LayoutLimits.MAX_CHARACTERS) {
                throw limit(String.format(Locale.ROOT, "%s would hold %,d characters; a layout's values may hold at"
                        + " most %,d", what, (long) s.length() * n.longValue(), LayoutLimits.MAX_CHARACTERS));
            }
            Object result = method.invoke(o, params);
            check(o, "the object of " + method.getMethodName() + "()");
            check(result, what);
            return result;
        }

        private void check(Object value, String what) {
            try {
                RenderBudget.checkSize(value, what, info.getTemplateName());
            } catch (LayoutLimitExceeded e) {
                throw limit(e.getMessage());
            }
        }

        private LayoutLimitExceeded limit(String message) {
            return new LayoutLimitExceeded(message, info.getTemplateName(), info.getLine(), info.getColumn());
        }

        @Override
        public boolean isCacheable() {
            return method.isCacheable();
        }

        @Override
        public String getMethodName() {
            return method.getMethodName();
        }

        @Override
        public Method getMethod() {
            return method.getMethod();
        }

        @Override
        public Class<?> getReturnType() {
            return method.getReturnType();
        }
    }
}
