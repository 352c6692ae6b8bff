package org.colophon.reader.markdown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.error.BuildException;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;
import org.colophon.reader.Assets;
import org.colophon.reader.IdAllocator;
import org.colophon.reader.ManuscriptFolder;
import org.colophon.reader.ReadBook;
import org.colophon.reader.ReadBudget;
import org.colophon.reader.XmlSource;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown book: one {@code .md} file with a YAML front matter, or a book of several
 * files whose first file ({@code book.yaml}, or the front matter of an {@code .md} file)
 * lists the chapter files in order, grouped in parts or not. Every file must lie inside the
 * manuscript's folder. See {@code docs/markdown.md}.
 */
public final class MarkdownReader {

    private final Warnings warnings;

    public MarkdownReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Whether {@code file} is for this reader: a {@code .md} file or a {@code .yaml} book file. */
    public static boolean reads(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".yaml") || n.endsWith(".yml");
    }

    public ReadBook read(Path manuscript, String shownAs, ReadBudget budget) throws BuildException {
        ManuscriptFolder folder = new ManuscriptFolder(manuscript, shownAs);
        Assets assets = new Assets(folder, warnings, budget);
        Path real;
        try {
            real = manuscript.toRealPath();
        } catch (IOException e) {
            throw new BuildException(shownAs, 0, 0, "cannot read the file: " + e.getMessage());
        }
        MarkdownFile root = MarkdownFile.read(manuscript, real, shownAs, Path.of(""), budget);
        if (root.frontMatter() == null) {
            throw new BuildException(shownAs, 1, 1, "the book has no front matter; expected it to open with the"
                    + " book's settings between two '---' lines (at least 'title:' and 'language:')");
        }
        BookSettings.Read settings = new BookSettings(new YamlTree(shownAs, root.yamlLine()), assets, Path.of(""))
                .read(root.frontMatter());
        Metadata metadata = settings.metadata();
        requireKey(metadata.title(), "title", shownAs);
        requireKey(metadata.language(), "language", shownAs);

        Parser parser = Parser.builder()
                .extensions(List.of(TablesExtension.create(), FootnotesExtension.builder().inlineFootnotes(true).build()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        List<Path> documents = new ArrayList<>(List.of(real));
        SourceText rootText = new SourceText(shownAs, Path.of(""), parser.parse(root.body()));
        List<FileGroup> groups = new ArrayList<>();
        for (BookSettings.Group g : settings.groups()) {
            List<SourceText> texts = new ArrayList<>();
            for (BookSettings.FileRef ref : g.files()) {
                texts.add(chapterFile(ref, folder, budget, parser, documents));
            }
            groups.add(new FileGroup(g.partTitle(), texts));
        }

        // the ids headings give themselves, all known before any is given to what has none
        Map<String, XmlSource.Location> given = new LinkedHashMap<>();
        ChapterBuilder.explicitIds(rootText, given);
        for (FileGroup g : groups) {
            for (SourceText t : g.texts()) {
                ChapterBuilder.explicitIds(t, given);
            }
        }
        Conversion conversion = new Conversion(budget, new IdAllocator(given.keySet()), assets, metadata.language());
        List<Division> divisions = new ArrayList<>(conversion.divisions(rootText));
        for (FileGroup g : groups) {
            List<Division> chapters = new ArrayList<>();
            for (SourceText t : g.texts()) {
                chapters.addAll(conversion.divisions(t));
            }
            if (g.partTitle() == null) {
                divisions.addAll(chapters);
            } else {
                divisions.add(new Division(Division.Kind.PART, conversion.ids.idFor(null, "part"), null,
                        List.of(new Inline.Text(g.partTitle())), List.of(), List.of(), chapters));
            }
        }
        if (divisions.isEmpty()) {
            throw new BuildException(shownAs, 1, 1, "the book has no chapter; expected a '# ' heading"
                    + (settings.groups().isEmpty() ? " after the front matter, or 'chapters:' listing its files" : ""));
        }
        for (MarkdownInlines.Reference r : conversion.references) {
            if (!given.containsKey(r.target())) {
                throw new BuildException(r.at().file(), r.at().line(), r.at().column(), "no heading has the id '"
                        + r.target() + "'; expected the id a heading gives itself with {#" + r.target() + "}");
            }
        }
        return new ReadBook(place(metadata, divisions, assets), documents);
    }

    /** The chapter files of a part (or of no part: a null title), parsed. */
    private record FileGroup(String partTitle, List<SourceText> texts) {}

    /** What the files of one book share as they become divisions: its budget, ids, images and references. */
    private final class Conversion {
        final ReadBudget budget;
        final IdAllocator ids;
        final Assets assets;
        final String bookLang;
        final List<MarkdownInlines.Reference> references = new ArrayList<>();

        Conversion(ReadBudget budget, IdAllocator ids, Assets assets, String bookLang) {
            this.budget = budget;
            this.ids = ids;
            this.assets = assets;
            this.bookLang = bookLang;
        }

        List<Division> divisions(SourceText text) throws BuildException {
            List<FootnoteDefinition> called = new ArrayList<>();
            MarkdownInlines inlines = new MarkdownInlines(text, budget, ids, references, called);
            MarkdownBlocks blocks = new MarkdownBlocks(text, inlines, assets);
            List<Division> out = new ChapterBuilder(text, blocks, inlines, ids, warnings, bookLang).divisions();
            for (FootnoteDefinition d : text.footnotes()) {
                if (!called.contains(d)) {
                    XmlSource.Location at = text.at(d);
                    warnings.warn(at.file(), at.line(), at.column(), "the note [^" + d.getLabel() + "] is never called;"
                            + " it is left out of the book");
                }
            }
            return out;
        }
    }

    private static void requireKey(String value, String key, String shownAs) throws BuildException {
        if (value == null) {
            throw new BuildException(shownAs, 1, 1, "the book's settings have no '" + key + ":'; expected at least"
                    + " 'title:' and 'language:' (a BCP 47 tag such as en or fr)");
        }
    }

    private SourceText chapterFile(BookSettings.FileRef ref, ManuscriptFolder folder, ReadBudget budget, Parser parser,
                                   List<Path> documents) throws BuildException {
        ManuscriptFolder.Resolved file;
        try {
            file = folder.resolve(ref.path(), Path.of(""), "chapter file");
        } catch (ManuscriptFolder.Refused refused) {
            throw new BuildException(ref.at().file(), ref.at().line(), ref.at().column(), refused.getMessage());
        }
        if (documents.contains(file.realFile())) {
            throw new BuildException(ref.at().file(), ref.at().line(), ref.at().column(), "the file '" + ref.path()
                    + "' is already part of the book; expected each chapter file listed once");
        }
        documents.add(file.realFile());
        Path parent = Path.of(file.href()).getParent();
        MarkdownFile md = MarkdownFile.read(file.file(), file.realFile(), file.shownAs(),
                parent == null ? Path.of("") : parent, budget);
        if (md.frontMatter() != null) {
            throw new BuildException(md.shownAs(), 1, 1, "a chapter file has no front matter; the book's settings"
                    + " are those of " + ref.at().file());
        }
        return new SourceText(md.shownAs(), md.base(), parser.parse(md.body()));
    }

    /** Front matter kinds before the first other division go first, back matter kinds after the last go last. */
    private static Book place(Metadata metadata, List<Division> divisions, Assets assets) {
        int first = 0;
        while (first < divisions.size() && ChapterBuilder.FRONT.contains(divisions.get(first).kind())) {
            first++;
        }
        int last = divisions.size();
        while (last > first && ChapterBuilder.BACK.contains(divisions.get(last - 1).kind())) {
            last--;
        }
        return new Book(metadata, divisions.subList(0, first), divisions.subList(first, last),
                divisions.subList(last, divisions.size()), assets.all());
    }
}
