package org.colophon.layout;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Parse;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Velocity's {@code #parse}, reporting a layout the styles folder's rule refuses at the
 * directive's own line: Velocity forgets where a template was asked for once its loader
 * fails. Public because Velocity creates its directives by reflection.
 */
public final class ConfinedParse extends Parse {

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) throws IOException {
        try {
            return super.render(context, writer, node);
        } catch (RuntimeException e) {
            throw LayoutRefused.atDirective(e, "#parse(" + node.jjtGetChild(0).literal() + ")", getTemplateName(),
                    getLine(), getColumn());
        }
    }
}
