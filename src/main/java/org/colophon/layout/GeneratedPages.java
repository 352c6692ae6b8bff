package org.colophon.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.layout.Numbers.Listed;
import org.colophon.layout.Numbers.TargetKind;
import org.colophon.model.Division;
import org.colophon.model.Inline;

/**
 * The pages Colophon makes from the rest of the book where the manuscript places them: the
 * lists of figures and of tables (the index has its own builder). Their entries link to
 * what they list; the typesetter gives them page numbers and leaders as it does the
 * contents' (they are {@code epub:type="loi"} and {@code "lot"}).
 */
final class GeneratedPages {

    private GeneratedPages() {
    }

    /** The title a made-up page gets from the labels when the manuscript gives it none. */
    static List<Inline> defaultTitle(Division.Kind kind, Map<String, String> labels) {
        String key = switch (kind) {
            case LIST_OF_FIGURES -> "listOfFigures";
            case LIST_OF_TABLES -> "listOfTables";
            case INDEX -> "index";
            default -> null;
        };
        String title = key == null ? null : labels.get(key);
        return title == null ? List.of() : List.of(new Inline.Text(title));
    }

    /** What a division's number is the number of, for its heading's label ("Chapitre 3"). */
    static TargetKind targetKind(Division.Kind kind) {
        return switch (kind) {
            case PART, VOLUME -> TargetKind.PART;
            case CHAPTER -> TargetKind.CHAPTER;
            case APPENDIX -> TargetKind.APPENDIX;
            default -> TargetKind.DIVISION;
        };
    }

    /** The entries of a list of figures or tables (label, title, href), or null for any other division. */
    static List<Map<String, Object>> entries(Division.Kind kind, Numbers numbers, ContentRenderer titles,
                                             IdLocator locator, References refs) {
        List<Listed> listed;
        TargetKind what;
        if (kind == Division.Kind.LIST_OF_FIGURES) {
            listed = numbers.figures();
            what = TargetKind.FIGURE;
        } else if (kind == Division.Kind.LIST_OF_TABLES) {
            listed = numbers.tables();
            what = TargetKind.TABLE;
        } else {
            return null;
        }
        List<Map<String, Object>> out = new ArrayList<>(listed.size());
        for (Listed l : listed) {
            String file = locator.fileOf(l.division());
            if (file == null) {
                continue; // not on any page (it cannot be: every division is located)
            }
            out.add(View.of("id", l.id(), "href", file + "#" + l.id(),
                    "label", refs.captionLabel(what, l.number()),
                    "number", l.number(),
                    "title", titles.inlinesForReuse(l.caption())));
        }
        return List.copyOf(out);
    }
}
