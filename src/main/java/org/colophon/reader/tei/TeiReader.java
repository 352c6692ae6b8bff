package org.colophon.reader.tei;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.error.Diagnostic;
import org.colophon.error.Warnings;
import org.colophon.model.Book;
import org.colophon.model.Division;
import org.colophon.model.Metadata;
import org.colophon.reader.ReadBudget;
import org.colophon.reader.XmlSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a TEI P5 book (ELTeC, Wikisource, library exports) into the model.
 *
 * <p>The mapping, element by element:
 * <ul>
 * <li>{@code teiHeader}: {@code titleStmt/title} (type main/sub; ELTeC's ": ELTeC edition"
 *     dropped) and {@code author} ("Last, First (dates)" → "First Last", filed as "Last,
 *     First") → title, subtitle, authors; {@code publicationStmt} publisher, date,
 *     {@code availability/licence} → rights; {@code sourceDesc} → a one-line source (the
 *     print source, else the first edition, else any bibl); {@code textClass} untyped terms
 *     → subjects ({@link TeiHeaderReader}).</li>
 * <li>Language: {@code text/@xml:lang}, else {@code TEI/@xml:lang}, else {@code langUsage};
 *     three-letter codes become BCP 47 ({@code fra} → {@code fr}); none at all → "und" and
 *     a warning ({@link TeiLanguage}).</li>
 * <li>{@code front}, {@code body}, {@code back} → front matter, body, back matter. Between
 *     them, page and column breaks, milestones, forme work ({@code fw}), {@code lb},
 *     anchors, comments and processing instructions leave nothing; anything else is an
 *     error at its place ({@link TeiTextShape}).</li>
 * <li>A {@code group} of {@code text}s in place of the body (an anthology, a journal
 *     volume) → one body division per text, in order: a part of its chapters (a volume
 *     for {@code @type="volume"}), or a chapter when the text is one flow; titled by its
 *     {@code titlePage/docTitle}, a {@code docTitle} or {@code head} of its front, the
 *     {@code head} opening its body, or its {@code @n}; a nested group → a part of its
 *     texts ({@link TeiGroupReader}).</li>
 * <li>{@code titlePage} and a {@code div type="titlepage"} → an untitled division of
 *     centred lines; a div holding divs → volume/part; other divs → chapters (in the body)
 *     or by their type (preface, dedication, appendix…); divs inside a chapter's flow →
 *     sections; a div with no head takes its title from {@code @n} ({@link TeiTextReader}).</li>
 * <li>{@code p}, {@code ab}; {@code quote}/{@code q}/{@code cit}/{@code epigraph} → block
 *     quotation, or verse for a song/poem/verse or lines only, or an inline quotation inside
 *     a paragraph; {@code lg}/{@code l} and bare {@code l} → verse; {@code milestone} →
 *     scene break; {@code label}, {@code trailer}, {@code salute}, {@code signed},
 *     {@code dateline} → paragraph styles; {@code list}/{@code item}; {@code figure} with
 *     {@code graphic}, {@code head} (caption) and {@code figDesc} (alt) ({@link TeiBlockReader}).</li>
 * <li>{@code hi}/{@code emph} and {@code @rend} → styles ("capitals" sets the letters in
 *     capitals); {@code foreign} → language span; {@code note} → footnote; {@code ref},
 *     {@code ptr} → footnote call, link or cross-reference; {@code pb}, {@code cb},
 *     {@code gb} → nothing; {@code fw} (the source's running heads, page numbers,
 *     catchwords) → dropped with its text;
 *     {@code lb} → line break; {@code gap} → "[…]"; {@code choice} → corr/reg/expan
 *     ({@link TeiInlineReader}).</li>
 * <li>Anything else keeps its text and is reported once per element name.</li>
 * </ul>
 *
 * <p>The whole mapping, for users, is {@code docs/tei.md}.
 *
 * <p>Figures: a {@code graphic/@url} must name a file inside the TEI file's folder (else
 * an error); a file that is missing only draws a warning and the figure keeps its caption
 * without an image, since TEI exports often name images they do not ship.
 */
public final class TeiReader {

    private final Warnings warnings;

    public TeiReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * {@code document} was parsed by {@link XmlSource} from {@code file}, spending
     * {@code budget}, which its images spend too; its root is TEI.
     */
    public Book read(Document document, Path file, String shownAs, ReadBudget budget) throws BuildException {
        Element root = document.getDocumentElement();
        XmlSource.Location rootAt = XmlSource.locationOf(root);
        if (!TeiDom.isTei(root, "TEI")) {
            throw new BuildException(shownAs, rootAt.line(), rootAt.column(), "the root element is <"
                    + root.getTagName() + ">; expected <TEI> (a teiCorpus holds several books: build each <TEI> on its own)");
        }
        Element header = TeiDom.child(root, "teiHeader");
        Element text = TeiDom.child(root, "text");
        List<Diagnostic> errors = new ArrayList<>();
        if (header == null) {
            errors.add(Diagnostic.error(shownAs, rootAt.line(), rootAt.column(),
                    "<TEI> has no <teiHeader>; expected one with <fileDesc><titleStmt><title>"));
        }
        if (text == null) {
            errors.add(Diagnostic.error(shownAs, rootAt.line(), rootAt.column(),
                    "<TEI> has no <text>; expected <text> with a <body>"));
        } else {
            errors.addAll(TeiTextShape.problems(text));
        }
        if (!errors.isEmpty()) {
            throw new BuildException(errors);
        }
        List<Diagnostic> tooLarge = TeiLimitChecks.check(text);
        if (!tooLarge.isEmpty()) {
            throw new BuildException(tooLarge);
        }
        String language = TeiHeaderReader.language(root, header, text);
        if (language == null) {
            warnings.warn(shownAs, rootAt.line(), rootAt.column(), "the book's language is not given "
                    + "(xml:lang on <TEI> or <text>, or <langUsage><language ident>); using 'und' (undetermined)");
            language = "und";
        }
        Metadata metadata = new TeiHeaderReader(warnings, errors).read(header, language);

        TeiIds ids = new TeiIds(root);
        TeiImages images = new TeiImages(file, warnings, errors, budget);
        TeiTextReader reader = new TeiTextReader(warnings, language, ids, new TeiNotes(text), images, errors);
        List<Division> front = reader.zone(TeiDom.child(text, "front"), TeiTextReader.Zone.FRONT);
        Element group = TeiDom.child(text, "group");
        List<Division> body = group != null ? reader.group(group)
                : reader.zone(TeiDom.child(text, "body"), TeiTextReader.Zone.BODY);
        List<Division> back = reader.zone(TeiDom.child(text, "back"), TeiTextReader.Zone.BACK);
        if (!errors.isEmpty()) {
            throw new BuildException(errors);
        }
        if (!reader.crossRefTargets().stream().allMatch(ids::isAssigned)) {
            front = TeiCrossRefs.unlinkDangling(front, ids::isAssigned);
            body = TeiCrossRefs.unlinkDangling(body, ids::isAssigned);
            back = TeiCrossRefs.unlinkDangling(back, ids::isAssigned);
        }
        return new Book(metadata, front, body, back, images.assets());
    }
}
