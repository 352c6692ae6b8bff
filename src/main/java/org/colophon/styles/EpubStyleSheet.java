package org.colophon.styles;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * refused as in print.css: a part the parser cannot read is a part that cannot be checked;
 * so is a file that is not UTF-8, whose references could hide in another encoding.
 */
public final class EpubStyleSheet {

    public static final String NAME = "epub.css";

    /** How CSS declares its encoding: these very bytes at the very start (CSS Syntax, 3.2). */
    private static final Pattern CHARSET = Pattern.compile("@charset \"([^\"]*)\";");

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
        String text = utf8(bytes.get(), file);
        List<Diagnostic> errors = new ArrayList<>();
        Matcher charset = CHARSET.matcher(text);
        if (charset.lookingAt() && !charset.group(1).equalsIgnoreCase("utf-8")) {
            errors.add(Diagnostic.error(file, 1, 1, "@charset \"" + charset.group(1) + "\": an EPUB's style sheet is"
                    + " read as UTF-8; save epub.css as UTF-8 and declare @charset \"UTF-8\" or none"));
        }
        CssText css = new CssText(text);
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

    /**
     * The text, which must be UTF-8 (as reading systems read it): in another encoding
     * (UTF-16 with its byte order mark), its references could not be seen here.
     */
    private static String utf8(byte[] bytes, String file) throws BuildException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BuildException(file, 0, 0, "epub.css is not valid UTF-8; save it as UTF-8, the encoding of an"
                    + " EPUB's style sheets");
        }
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
