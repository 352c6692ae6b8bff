package org.colophon.layout;

import java.util.HashSet;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Finds a call of a macro its layout does not define ({@code #sectoin(…)} for
 * {@code #section(…)}): Velocity would print it into the book as text, even in strict mode.
 * Macros are local to the layout that defines them.
 */
final class UnknownMacros {

    /** Velocity's own directives besides #if, #else, #elseif and #set (other nodes of the tree). */
    private static final Set<String> DIRECTIVES = Set.of("foreach", "include", "parse", "macro", "evaluate", "define",
            "break", "stop");

    /** Where the first such call is. */
    record Call(String name, int line, int column) {}

    private UnknownMacros() {
    }

    /** The first call in {@code template} of a macro it does not define, or null. */
    static Call first(Template template) {
        if (!(template.getData() instanceof Node root)) {
            return null;
        }
        Set<String> defined = new HashSet<>();
        collectDefined(root, defined);
        return first(root, defined);
    }

    private static void collectDefined(Node node, Set<String> defined) {
        if (node instanceof ASTDirective d && d.getDirectiveName().equals("macro") && d.jjtGetNumChildren() > 0
                && d.jjtGetChild(0) instanceof org.apache.velocity.runtime.parser.node.SimpleNode name
                && name.getFirstTokenImage() != null) {
            defined.add(name.getFirstTokenImage());
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            collectDefined(node.jjtGetChild(i), defined);
        }
    }

    private static Call first(Node node, Set<String> defined) {
        if (node instanceof ASTDirective d && !DIRECTIVES.contains(d.getDirectiveName())
                && !defined.contains(d.getDirectiveName())) {
            // indentation that space gobbling gave the directive comes before its place
            String indent = d.getPrefix() == null ? "" : d.getPrefix();
            return new Call(d.getDirectiveName(), node.getLine(), node.getColumn() + indent.length());
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            Call call = first(node.jjtGetChild(i), defined);
            if (call != null) {
                return call;
            }
        }
        return null;
    }
}
