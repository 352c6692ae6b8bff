package org.colophon.pdf.css;

/**
 * What an XHTML element looks like before the book's print.css says anything: which
 * elements are blocks, italic, bold, raised, how lists are marked. Applied with lower
 * precedence than print.css. Lists follow the HTML user-agent sheet, which the EPUB's
 * reading systems apply: a list's own type, not its parent list's (list-style-type is
 * inherited), a bulleted list inside another list with circles, one deeper with squares.
 * The attribution Colophon's layouts give a quotation or verse ({@code p.attribution})
 * stays with its last line: a name alone at the top of a page says nothing.
 * Punctuation hangs into the margins (optical margin alignment) as book typographers
 * want it, except in preformatted text, whose columns must stay where they are.
 */
public final class UserAgentStyles {

    public static final String CSS = """
            html, body, section, article, div, p, h1, h2, h3, h4, h5, h6, blockquote, figure,
            figcaption, header, footer, nav, aside, main, hgroup, pre, hr, address, table, dl, dt, dd
              { display: block }
            ol, ul { display: block; margin-left: 1.5em }
            ol { list-style-type: decimal }
            ul { list-style-type: disc }
            ol ul, ul ul { list-style-type: circle }
            ol ol ul, ol ul ul, ul ol ul, ul ul ul { list-style-type: square }
            li { display: list-item }
            head, title, style, script, link, meta { display: none }
            em, i, cite, dfn, var { font-style: italic }
            strong, b { font-weight: bold }
            sup { vertical-align: super; font-size: 65% }
            sub { vertical-align: sub; font-size: 65% }
            html { hanging-punctuation: first allow-end last }
            pre { white-space: pre; hyphens: none; text-align: left; hanging-punctuation: none }
            h1, h2, h3, h4, h5, h6 { font-weight: bold; hyphens: none; text-align: left; page-break-after: avoid }
            p.attribution { break-before: avoid }
            """;

    private UserAgentStyles() {
    }
}
