package org.colophon.confine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way CSS has of naming another file is found, at its place, and nothing else is. */
class CssTextTest {

    private static List<String> found(String css) {
        return new CssText(css).references().stream().map(r -> r.kind() + " " + r.target() + " " + r.line() + ":" + r.column())
                .toList();
    }

    @Test
    void importsAndUrlsWhereverTheyStand() {
        String css = "@import url(http://a.example/x.css) screen;\n"
                + "@import \"local.css\";\n"
                + "p { background: url( 'b.png' ) no-repeat, image-set(\"c.png\" 1x, url(d.png) 2x) }\n"
                + "@supports (display: grid) { div { background: URL(http://e.example/e.png) } }\n"
                + "@media print { @import url(late.css); }\n";
        assertEquals(List.of(
                "IMPORT http://a.example/x.css 1:1",
                "IMPORT local.css 2:1",
                "URL b.png 3:17",
                "URL c.png 3:53",
                "URL d.png 3:65",
                "URL http://e.example/e.png 4:47",
                "IMPORT late.css 5:16"), found(css));
    }

    @Test
    void commentsStringsAndNamespacesAreNotReferences() {
        assertEquals(List.of(), found("/* url(http://x.example/) @import 'y'; */\n"
                + "p::before { content: \"url(http://z.example/)\" }\n"
                + "@namespace epub \"http://www.idpf.org/2007/ops\";\n"
                + "@namespace url(http://www.w3.org/1999/xhtml);\n"
                + "@n\\61mespace svg url(http://www.w3.org/2000/svg);\n"
                + "@font-face { font-family: X; src: local(\"X Regular\") }\n"));
        // a namespace ends at its semicolon: what follows is looked at again
        assertEquals(List.of("URL http://x.example/y.png 1:35"),
                found("@namespace url(http://a/); p { b: url(http://x.example/y.png) }"));
    }

    @Test
    void escapedAndUnclosedUrlsAreStillUrls() {
        assertEquals(List.of("URL esc.png 1:5"), found("p { u\\72l(esc.png) }"));
        assertEquals(List.of("URL http://x.example/a b 1:17"), found("p { background: url(http://x.example/a b) }"));
        assertEquals(List.of("URL open.png 1:17"), found("p { background: url(open.png"));
        assertEquals(List.of("URL s.png 1:21"), found("p { background: src(\"s.png\") }"));
    }

    @Test
    void withoutCutsImportsWholeAndTurnsUrlsIntoNone() {
        CssText css = new CssText("@import url(x.css) print;\np { fill: url(http://a/) red; stroke: url(#g) }");
        List<CssText.Reference> bad = css.references().stream().filter(r -> r.points() != UrlTarget.FRAGMENT).toList();
        String kept = css.without(bad).css();
        assertEquals(" \np { fill:  none  red; stroke: url(#g) }", kept);
        assertTrue(new CssText(kept).references().stream().allMatch(r -> r.points() == UrlTarget.FRAGMENT));
    }

    @Test
    void targetsAreToldApart() {
        assertEquals(UrlTarget.FRAGMENT, UrlTarget.of(" #g"));
        assertEquals(UrlTarget.DATA, UrlTarget.of("DATA:image/png;base64,AA=="));
        assertEquals(UrlTarget.NETWORK, UrlTarget.of("https://example.com/"));
        assertEquals(UrlTarget.NETWORK, UrlTarget.of("//example.com/x.css"));
        assertEquals(UrlTarget.LOCAL_FILE, UrlTarget.of("file:///etc/passwd"));
        assertEquals(UrlTarget.OTHER_SCHEME, UrlTarget.of("javascript:alert(1)"));
        assertEquals(UrlTarget.PATH, UrlTarget.of("../secret.txt"));
        assertEquals(UrlTarget.PATH, UrlTarget.of("c:/windows/x.png"));
        assertTrue(UrlTarget.isDataImage("data:image/png;base64,AA=="));
        assertTrue(!UrlTarget.isDataImage("data:image/svg+xml,<svg onload='x()'/>"));
    }
}
