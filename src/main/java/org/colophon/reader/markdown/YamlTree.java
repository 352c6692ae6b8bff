package org.colophon.reader.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colophon.error.BuildException;
import org.colophon.reader.XmlSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping (a front matter, a {@code book.yaml}) as a tree of nodes that know their
 * line and column, read by snakeyaml-engine without constructing any object: values are
 * taken as text. Tags other than YAML's own, anchors and aliases are refused (a book's
 * settings need none, and aliases are how a small YAML file grows into a huge one).
 */
final class YamlTree {

    /** The most a YAML text may hold, in code points: settings, not a book. */
    private static final int MAX_CODE_POINTS = 1 << 20;

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    /** A key of a mapping, with its value. */
    record Entry(String key, XmlSource.Location keyAt, Node value) {}

    private final String shownAs;
    private final int firstLine;

    /** {@code firstLine}: the file's line the YAML text begins on (1 for a YAML file, 2 for a front matter). */
    YamlTree(String shownAs, int firstLine) {
        this.shownAs = shownAs;
        this.firstLine = firstLine;
    }

    /** The entries of the top mapping; an empty text has none. */
    List<Entry> parse(String yaml) throws BuildException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(shownAs)
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            XmlSource.Location at = e.getProblemMark().map(this::location)
                    .orElse(new XmlSource.Location(shownAs, firstLine, 1));
            throw new BuildException(at.file(), at.line(), at.column(), "this is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new BuildException(shownAs, firstLine, 1, "this is not valid YAML: " + e.getMessage());
        }
        if (root.isEmpty()) {
            return List.of();
        }
        return entries(root.get(), "the book's settings");
    }

    List<Entry> entries(Node node, String what) throws BuildException {
        check(node);
        if (!(node instanceof MappingNode map)) {
            throw error(node, what + " must be a mapping of 'key: value' lines");
        }
        List<Entry> out = new ArrayList<>();
        java.util.Map<String, XmlSource.Location> seen = new java.util.HashMap<>();
        for (NodeTuple t : map.getValue()) {
            check(t.getKeyNode());
            check(t.getValueNode());
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw error(t.getKeyNode(), "a key must be a plain word");
            }
            XmlSource.Location earlier = seen.putIfAbsent(key.getValue(), at(key));
            if (earlier != null) {
                throw error(key, "'" + key.getValue() + "' is given twice (first at line " + earlier.line()
                        + "); expected each key once");
            }
            out.add(new Entry(key.getValue(), at(key), t.getValueNode()));
        }
        return out;
    }

    /** A value written as text (a number or a date is text too); {@code key} names it in messages. */
    String text(Node node, String key) throws BuildException {
        check(node);
        if (!(node instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            throw error(node, "'" + key + "' must be a single value written on its line");
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw error(node, "'" + key + "' is empty");
        }
        return value;
    }

    /** One value, or a list of them ({@code authors: [A, B]} as well as {@code author: A}). */
    List<Node> oneOrMany(Node node) throws BuildException {
        check(node);
        if (node instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                check(n);
            }
            return seq.getValue();
        }
        return List.of(node);
    }

    List<Node> list(Node node, String key) throws BuildException {
        check(node);
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, "'" + key + "' must be a list ('- item' lines, or [a, b])");
        }
        for (Node n : seq.getValue()) {
            check(n);
        }
        return seq.getValue();
    }

    XmlSource.Location at(Node node) {
        return node.getStartMark().map(this::location).orElse(new XmlSource.Location(shownAs, firstLine, 1));
    }

    BuildException error(Node node, String message) {
        XmlSource.Location at = at(node);
        return new BuildException(at.file(), at.line(), at.column(), message);
    }

    private void check(Node node) throws BuildException {
        if (node.getAnchor().isPresent()) {
            throw error(node, "anchors and aliases (&name, *name) are not read; write the value out");
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw error(node, "the tag " + node.getTag() + " is not read; write the value without a tag");
        }
    }

    private XmlSource.Location location(Mark mark) {
        return new XmlSource.Location(shownAs, firstLine + mark.getLine(), mark.getColumn() + 1);
    }
}
