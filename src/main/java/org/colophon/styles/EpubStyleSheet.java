package org.colophon.styles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.colophon.confine.ConfinedFolder;
import org.colophon.confine.CssText;
import org.colophon.confine.UrlTarget;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;

/**
 * {@code epub.css} as it goes into the EPUB, byte for byte, once checked. The EPUB holds
 * this one style sheet and none of the files it might name, and an EPUB must not fetch
 * anything from the network, so every {@code @import} is refused, and so is every
 * {@code url()} but a {@code data:} URL or a same-document {@code #fragment}. These are
 * errors rather than warnings because the file is the user's own and one edit fixes it,
 * whereas leaving a rule out would quietly change the look of the book. A syntax error is
 * refused as in print.css: a part the parser cannot read is a part that cannot be checked.
 */
public final class EpubStyleSheet {

    public static final String NAME = "epub.css";

    private EpubStyleSheet() {
    }

    /** The bytes of epub.css (empty when the styles have none), or every reason it may not be used. */
    public static byte[] read(Styles styles) throws BuildException {
        String file = styles.describe(Styles.Kind.STYLE_SHEET, NAME);
        Optional<byte[]> bytes;
        try {
            bytes = styles.read(Styles.Kind.STYLE_SHEET, NAME);
        } catch (StyleFileRefused refused) {
            throw refused.at(file, 0, 0);
        }
        if (bytes.isEmpty()) {
            return new byte[0];
        }
        CssText css = new CssText(new String(bytes.get(), StandardCharsets.UTF_8));
        List<Diagnostic> errors = new ArrayList<>();
        for (CssText.SyntaxError e : css.syntaxErrors()) {
            errors.add(Diagnostic.error(file, e.line(), e.column(), e.message()));
        }
        for (CssText.Reference r : css.references()) {
            String problem = problem(r);
            if (problem != null) {
                errors.add(Diagnostic.error(file, r.line(), r.column(), problem));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            throw new BuildException(errors);
        }
        return bytes.get();
    }

    /** What is wrong with a reference of epub.css, or null when the EPUB can keep it. */
    private static String problem(CssText.Reference r) {
        UrlTarget target = r.points();
        if (r.kind() == CssText.ReferenceKind.UNREADABLE) {
            return "epub.css cannot be read from here on (a character CSS does not allow), so it cannot be checked"
                    + " for what it would fetch";
        }
        if (r.kind() == CssText.ReferenceKind.IMPORT) {
            if (target == UrlTarget.NETWORK) {
                return r.written() + " would have e-readers fetch a style sheet from the network, which an EPUB may"
                        + " not do; copy its rules into epub.css";
            }
            return r.written() + ": the EPUB holds epub.css alone, so the imported style sheet would be missing;"
                    + " copy its rules into epub.css";
        }
        return switch (target) {
            case EMPTY, FRAGMENT, DATA -> null;
            case NETWORK -> r.written() + " would have e-readers fetch it from the network, which an EPUB may not do;"
                    + " remove it, or put the file's content in a data: URL";
            case LOCAL_FILE -> r.written() + " names a file of this computer; a styles folder may only use files"
                    + " inside it, and an EPUB only the files it holds";
            case OTHER_SCHEME -> r.written() + " is a URL of a kind an EPUB's style sheet may not use; only data: URLs"
                    + " and same-document #fragments are allowed";
            case PATH -> pathProblem(r);
        };
    }

    private static String pathProblem(CssText.Reference r) {
        try {
            ConfinedFolder.relative(r.target(), Path.of(""), "url", Styles.WORDING);
        } catch (ConfinedFolder.Refused refused) {
            return refused.getMessage();
        }
        return r.written() + " names a file the EPUB does not hold: Colophon puts epub.css into it alone, not the"
                + " files it names; remove it, or put the file's content in a data: URL";
    }
}
