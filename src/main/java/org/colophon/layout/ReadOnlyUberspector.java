package org.colophon.layout;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity's secure introspection (no reflection, class loading or process access from a
 * template), and no {@code #set($book.title = …)} on the objects Colophon hands over: with
 * no property setter, strict mode reports the attempt at its line and column.
 */
public final class ReadOnlyUberspector extends SecureUberspector {

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
        return null;
    }
}
