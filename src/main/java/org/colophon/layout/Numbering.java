package org.colophon.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.layout.Numbers.Listed;
import org.colophon.layout.Numbers.Target;
import org.colophon.layout.Numbers.TargetKind;
import org.colophon.layout.NumberingRules.Numbered;
import org.colophon.layout.NumberingRules.Scheme;
import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.typography.RomanNumerals;

/**
 * Numbers a book in reading order, by its {@link NumberingRules}: parts, chapters (and
 * appendices, by letter, when chapters are numbered), sections within numbered chapters,
 * figures, tables and listings through the book or within each numbered chapter, and notes
 * as the pages call them (per division, in call order, a note called from a note after the
 * division's own). Every id of the book becomes a cross-reference {@link Target}.
 */
final class Numbering {

    private final NumberingRules rules;
    private final IdAllocator ids;
    private final IdentityHashMap<Object, String> numbers = new IdentityHashMap<>();
    private final IdentityHashMap<Object, String> madeIds = new IdentityHashMap<>();
    private final Map<String, Target> targets = new HashMap<>();
    private final List<Listed> figures = new ArrayList<>();
    private final List<Listed> tables = new ArrayList<>();

    private int parts;
    private int chapters;
    private int appendices;
    private final Map<Numbered, Integer> inBook = new HashMap<>();
    private final Map<Numbered, Integer> inChapter = new HashMap<>();
    private String chapterNumber;            // of the numbered chapter being read, else null
    private final int[] sections = new int[8];
    private List<Inline.Note> notes;         // the division's calls, in call order
    private String divisionId;               // of the division whose page is being read

    Numbering(NumberingRules rules, IdAllocator ids) {
        this.rules = rules;
        this.ids = ids;
    }

    Numbers number(Book book) {
        for (List<Division> matter : List.of(book.frontMatter(), book.body(), book.backMatter())) {
            for (Division d : matter) {
                division(d);
            }
        }
        return new Numbers(numbers, madeIds, targets, figures, tables);
    }

    private void division(Division d) {
        String number = null;
        TargetKind kind = TargetKind.DIVISION;
        switch (d.kind()) {
            case PART, VOLUME -> {
                kind = TargetKind.PART;
                if (d.kind() == Division.Kind.PART && rules.of(Numbered.PART).on()) {
                    number = format(++parts, rules.of(Numbered.PART));
                }
            }
            case CHAPTER -> {
                kind = TargetKind.CHAPTER;
                if (rules.of(Numbered.CHAPTER).on()) {
                    number = format(++chapters, rules.of(Numbered.CHAPTER));
                }
            }
            case APPENDIX -> {
                kind = TargetKind.APPENDIX;
                if (rules.of(Numbered.CHAPTER).on()) {
                    number = letters(++appendices);
                }
            }
            default -> { }
        }
        if (number != null) {
            numbers.put(d, number);
        }
        put(d.id(), new Target(kind, number, d.title()));
        boolean opensChapter = kind == TargetKind.CHAPTER || kind == TargetKind.APPENDIX;
        if (opensChapter) {
            chapterNumber = number;
            inChapter.clear();
            java.util.Arrays.fill(sections, 0);
        }
        notes = new ArrayList<>();
        divisionId = d.id();
        inlines(d.title());
        inlines(d.subtitle());
        blocks(d.blocks(), 1);
        // notes called from notes come after the division's own, as the page numbers them
        for (int i = 0; i < notes.size(); i++) {
            Inline.Note n = notes.get(i);
            put(n.id(), new Target(TargetKind.NOTE, Integer.toString(i + 1), List.of()));
            blocks(n.content(), 1);
        }
        for (Division child : d.children()) {
            division(child);
        }
        if (opensChapter) {
            chapterNumber = null;
        }
    }

    private void blocks(List<Block> blocks, int level) {
        for (Block b : blocks) {
            block(b, level);
        }
    }

    private void block(Block b, int level) {
        if (b instanceof Block.Paragraph p) {
            put(p.id(), new Target(TargetKind.OTHER, null, List.of()));
            inlines(p.content());
        } else if (b instanceof Block.Section s) {
            String number = null;
            if (chapterNumber != null && rules.of(Numbered.SECTION).on() && level <= sections.length) {
                sections[level - 1]++;
                for (int i = level; i < sections.length; i++) {
                    sections[i] = 0;
                }
                StringBuilder sb = new StringBuilder(chapterNumber);
                for (int i = 0; i < level; i++) {
                    sb.append('.').append(sections[i]);
                }
                number = sb.toString();
                numbers.put(s, number);
            }
            put(s.id(), new Target(TargetKind.SECTION, number, s.title()));
            inlines(s.title());
            blocks(s.blocks(), level + 1);
        } else if (b instanceof Block.BlockQuote q) {
            put(q.id(), new Target(TargetKind.OTHER, null, List.of()));
            blocks(q.blocks(), level);
            inlines(q.attribution());
        } else if (b instanceof Block.Aside a) {
            put(a.id(), new Target(TargetKind.OTHER, null, a.title()));
            inlines(a.title());
            blocks(a.blocks(), level);
        } else if (b instanceof Block.Verse v) {
            put(v.id(), new Target(TargetKind.OTHER, null, List.of()));
            for (Block.Stanza st : v.stanzas()) {
                for (Block.VerseLine line : st.lines()) {
                    inlines(line.content());
                }
            }
            inlines(v.attribution());
        } else if (b instanceof Block.ListBlock l) {
            put(l.id(), new Target(TargetKind.OTHER, null, List.of()));
            for (Block.ListItem item : l.items()) {
                blocks(item.blocks(), level);
            }
        } else if (b instanceof Block.Figure f) {
            // As in LaTeX, only a captioned figure is counted: an uncaptioned one prints no
            // label, and counting it would leave a gap the reader cannot explain.
            String number = f.caption().isEmpty() ? null : next(Numbered.FIGURE, f);
            put(f.id(), new Target(TargetKind.FIGURE, number, f.caption()));
            if (!f.caption().isEmpty()) {
                figures.add(new Listed(idFor(f, f.id(), "figure"), divisionId, number, f.caption()));
            }
            inlines(f.caption());
        } else if (b instanceof Block.Table t) {
            // numbered and listed as a figure is: only with a caption
            String number = t.caption().isEmpty() ? null : next(Numbered.TABLE, t);
            put(t.id(), new Target(TargetKind.TABLE, number, t.caption()));
            if (!t.caption().isEmpty()) {
                tables.add(new Listed(idFor(t, t.id(), "table"), divisionId, number, t.caption()));
            }
            inlines(t.caption());
            for (Block.TableRow row : t.allRows()) {
                for (Block.TableCell cell : row.cells()) {
                    blocks(cell.blocks(), level);
                }
            }
        } else if (b instanceof Block.Preformatted p) {
            put(p.id(), new Target(TargetKind.OTHER, null, List.of()));
        } else if (b instanceof Block.CodeBlock c) {
            // a captioned code block is a listing, counted as captioned figures are
            String number = c.caption().isEmpty() ? null : next(Numbered.LISTING, c);
            put(c.id(), new Target(c.caption().isEmpty() ? TargetKind.OTHER : TargetKind.LISTING, number, c.caption()));
            inlines(c.caption());
        }
    }

    /** The next number of a kind, or null when the kind is not numbered. */
    private String next(Numbered kind, Object element) {
        Scheme scheme = rules.of(kind);
        if (!scheme.on()) {
            return null;
        }
        String number;
        if (scheme == Scheme.CHAPTER && chapterNumber != null) {
            number = chapterNumber + "." + inChapter.merge(kind, 1, Integer::sum);
        } else {
            number = Integer.toString(inBook.merge(kind, 1, Integer::sum));
        }
        numbers.put(element, number);
        return number;
    }

    private String idFor(Object element, String own, String wanted) {
        if (own != null && !own.isEmpty()) {
            return own;
        }
        String id = ids.unique(wanted);
        madeIds.put(element, id);
        return id;
    }

    private void inlines(List<Inline> inlines) {
        // depth first, in reading order: the manuscript may nest styles deeply
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {inlines, 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            @SuppressWarnings("unchecked")
            List<Inline> list = (List<Inline>) top[0];
            int i = (Integer) top[1];
            if (i >= list.size()) {
                stack.pop();
                continue;
            }
            top[1] = i + 1;
            Inline in = list.get(i);
            List<Inline> inner = List.of();
            if (in instanceof Inline.Styled st) {
                inner = st.content();
            } else if (in instanceof Inline.Quote q) {
                inner = q.content();
            } else if (in instanceof Inline.Foreign f) {
                inner = f.content();
            } else if (in instanceof Inline.CrossRef r) {
                inner = r.content();
            } else if (in instanceof Inline.Link l) {
                inner = l.content();
            } else if (in instanceof Inline.Note n) {
                notes.add(n);
            } else if (in instanceof Inline.Anchor a) {
                put(a.id(), new Target(TargetKind.OTHER, null, List.of()));
            } else if (in instanceof Inline.IndexTerm t) {
                put(t.id(), new Target(TargetKind.OTHER, null, List.of()));
            }
            if (!inner.isEmpty()) {
                stack.push(new Object[] {inner, 0});
            }
        }
    }

    private void put(String id, Target target) {
        if (id != null && !id.isEmpty()) {
            targets.putIfAbsent(id, target);
        }
    }

    private static String format(int n, Scheme scheme) {
        return scheme == Scheme.ROMAN ? RomanNumerals.format(n) : Integer.toString(n);
    }

    /** A, B, … Z, AA, AB: appendices. */
    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        while (n > 0) {
            n--;
            sb.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return sb.toString();
    }
}
