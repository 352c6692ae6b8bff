package org.colophon.reader.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Block;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.reader.IdAllocator;
import org.colophon.reader.LanguageTags;
import org.colophon.reader.XmlSource;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The divisions of one Markdown file: each {@code # } heading opens a chapter (or, by its
 * class, a preface, an appendix…), each deeper heading a section inside it, sections
 * nesting by heading level.
 */
final class ChapterBuilder {

    /** Front matter kinds: a heading's class names one ({@code .preface}); before the first chapter they open the book. */
    static final Set<Division.Kind> FRONT = EnumSet.of(Division.Kind.DEDICATION, Division.Kind.EPIGRAPH,
            Division.Kind.FOREWORD, Division.Kind.PREFACE, Division.Kind.INTRODUCTION, Division.Kind.PROLOGUE);
    /** Back matter kinds ({@code .appendix}): after the last chapter they end the book. */
    static final Set<Division.Kind> BACK = EnumSet.of(Division.Kind.EPILOGUE, Division.Kind.AFTERWORD,
            Division.Kind.ACKNOWLEDGEMENTS, Division.Kind.APPENDIX, Division.Kind.COLOPHON);
    /** The class of a division the numbering skips. */
    static final String UNNUMBERED = "unnumbered";

    private final SourceText source;
    private final MarkdownBlocks blocks;
    private final MarkdownInlines inlines;
    private final IdAllocator ids;
    private final Warnings warnings;
    private final String bookLang;

    ChapterBuilder(SourceText source, MarkdownBlocks blocks, MarkdownInlines inlines, IdAllocator ids, Warnings warnings,
                   String bookLang) {
        this.bookLang = bookLang;
        this.source = source;
        this.blocks = blocks;
        this.inlines = inlines;
        this.ids = ids;
        this.warnings = warnings;
    }

    /** A chapter or section being read: its blocks grow until the next heading of its level or above. */
    private static final class Open {
        final int headingLevel;
        final Division.Kind kind;
        final String id;
        final String lang;
        final List<Inline> title;
        final List<Block> blocks = new ArrayList<>();

        Open(int headingLevel, Division.Kind kind, String id, String lang, List<Inline> title) {
            this.headingLevel = headingLevel;
            this.kind = kind;
            this.id = id;
            this.lang = lang;
            this.title = title;
        }
    }

    List<Division> divisions() throws BuildException {
        List<Division> out = new ArrayList<>();
        Open chapter = null;
        Deque<Open> sections = new ArrayDeque<>();
        for (Node n = source.document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                HeadingAttributes attributes = takeAttributes(h);
                List<Inline> title = inlines.paragraph(h, 1);
                if (title.isEmpty()) {
                    throw source.error(h, "this heading has no title; expected '" + "#".repeat(h.getLevel()) + " Title'");
                }
                String lang = attributes.lang() == null ? null : LanguageTags.canonical(attributes.lang());
                if (lang != null && lang.equals(bookLang)) {
                    lang = null; // a division's language is null when it is the book's
                }
                if (h.getLevel() == 1) {
                    closeSections(sections, 1, chapter);
                    if (chapter != null) {
                        out.add(division(chapter));
                    }
                    Division.Kind kind = kind(h, attributes);
                    chapter = new Open(1, kind, ids.idFor(attributes.id(), kind == Division.Kind.CHAPTER ? "chapter"
                            : className(kind)), lang, title);
                } else {
                    if (chapter == null) {
                        throw source.error(h, "a section heading comes before the file's first chapter; expected a"
                                + " '# ' heading to open a chapter first");
                    }
                    if (!attributes.classes().isEmpty()) {
                        warnings.warn(source.at(h).file(), source.at(h).line(), source.at(h).column(), "the classes "
                                + attributes.classes() + " of a section heading are not read: whether sections are"
                                + " numbered is the styles' choice (layouts/numbering.properties)");
                    }
                    if (lang != null) {
                        throw source.error(h, "a section has the language of its chapter; expected lang=" + lang
                                + " on the chapter's '# ' heading, or <span lang=\"" + lang + "\"> around the words");
                    }
                    closeSections(sections, h.getLevel(), chapter);
                    sections.push(new Open(h.getLevel(), null, ids.idFor(attributes.id(), "section"), null, title));
                }
                continue;
            }
            Block b = blocks.block(n, 1);
            if (b == null) {
                continue;
            }
            if (chapter == null) {
                throw source.error(n, "text comes before the file's first heading; expected a '# ' heading to open a"
                        + " chapter (a book's title and author go in its front matter or book.yaml)");
            }
            (sections.isEmpty() ? chapter.blocks : sections.peek().blocks).add(b);
        }
        closeSections(sections, 1, chapter);
        if (chapter != null) {
            out.add(division(chapter));
        }
        return out;
    }

    /** Closes the open sections of heading level {@code level} or deeper, each into the one above it. */
    private static void closeSections(Deque<Open> sections, int level, Open chapter) {
        while (!sections.isEmpty() && sections.peek().headingLevel >= level) {
            Open s = sections.pop();
            Block.Section section = new Block.Section(s.id, sections.size() + 1, s.title, s.blocks);
            (sections.isEmpty() ? chapter.blocks : sections.peek().blocks).add(section);
        }
    }

    private static Division division(Open c) {
        return new Division(c.kind, c.id, c.lang, c.title, List.of(), c.blocks, List.of());
    }

    private Division.Kind kind(Heading h, HeadingAttributes attributes) throws BuildException {
        Division.Kind kind = Division.Kind.CHAPTER;
        for (String c : attributes.classes()) {
            kind = kindNamed(c);
            if (kind == null) {
                List<String> names = new ArrayList<>(List.of(UNNUMBERED));
                Stream.concat(FRONT.stream(), BACK.stream()).map(ChapterBuilder::className).forEach(names::add);
                throw source.error(h, "the class ." + c + " is not read on a chapter heading; expected one of ."
                        + String.join(", .", names));
            }
        }
        return kind;
    }

    /** The kind a heading's class names ({@code preface}, {@code acknowledgements}…), or null. */
    private static Division.Kind kindNamed(String name) {
        if (name.equals(UNNUMBERED)) {
            return Division.Kind.OTHER;
        }
        return Stream.concat(FRONT.stream(), BACK.stream()).filter(k -> className(k).equals(name)).findFirst()
                .orElse(null);
    }

    private static String className(Division.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Takes {@code {#id .class}} off the end of the heading's text. */
    private HeadingAttributes takeAttributes(Heading h) throws BuildException {
        if (!(h.getLastChild() instanceof Text last)) {
            return HeadingAttributes.NONE;
        }
        int start = HeadingAttributes.start(last.getLiteral());
        if (start < 0) {
            return HeadingAttributes.NONE;
        }
        HeadingAttributes attributes = HeadingAttributes.parse(last.getLiteral());
        if (attributes.problem() != null) {
            throw source.error(h, attributes.problem());
        }
        last.setLiteral(last.getLiteral().substring(0, start).stripTrailing());
        if (last.getLiteral().isEmpty()) {
            last.unlink();
        }
        return attributes;
    }

    /** The ids the file's headings give themselves, added to {@code ids}; a duplicate is an error. */
    static void explicitIds(SourceText source, Map<String, XmlSource.Location> ids) throws BuildException {
        for (Node n = source.document().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLastChild() instanceof Text last
                    && HeadingAttributes.start(last.getLiteral()) >= 0) {
                String id = HeadingAttributes.parse(last.getLiteral()).id();
                if (id == null) {
                    continue;
                }
                XmlSource.Location earlier = ids.putIfAbsent(id, source.at(h));
                if (earlier != null) {
                    throw source.error(h, "the id '" + id + "' is already the id of the heading at " + earlier
                            + "; expected ids unique in the book");
                }
            }
        }
    }
}
