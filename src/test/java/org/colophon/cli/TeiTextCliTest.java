package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.robustness.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TEI {@code text} as exports write it, through the command line: what stands between
 * its front, body (or group) and back builds; what cannot be placed is refused at its
 * file:line:column with exit 1 and nothing written.
 */
class TeiTextCliTest {

    private static final String HEADER = "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
            + "<publicationStmt><date>1900</date></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>\n";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private Run build(String name, String text) {
        Path tei = Hostile.write(dir.resolve(name), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\""
                + Hostile.TEI_NS + "\" xml:lang=\"en\">\n" + HEADER + text + "</TEI>\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"build", tei.toString(), "--out", dir.resolve("out").toString(), "--quiet"});
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void refused(Run r, String name, String placeAndMessage) throws Exception {
        assertEquals(1, r.status(), r.err());
        assertEquals(dir.resolve(name) + ":" + placeAndMessage, r.err().strip());
        assertFalse(Files.exists(dir.resolve("out")) && Files.list(dir.resolve("out")).findAny().isPresent(), "nothing written");
    }

    @Test
    void pageBreaksFormeWorkAndMilestonesBetweenTheZonesBuild() {
        Run r = build("marks.xml", "<text>\n<pb n=\"1\"/><fw type=\"head\">HEAD</fw><milestone unit=\"section\"/><!-- c --><?pi x?>\n"
                + "<front><div><head>Before</head><p>Words before.</p></div></front>\n<lb/><cb/><gb/><anchor xml:id=\"a\"/>\n"
                + "<body><div><head>One</head><p>Words.</p></div></body>\n<pb n=\"9\"/>\n"
                + "<back><div type=\"appendix\"><head>After</head><p>Words after.</p></div></back>\n<fw>FOOT</fw></text>\n");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertTrue(Files.exists(dir.resolve("out/marks.pdf")) && Files.exists(dir.resolve("out/marks.epub")));
    }

    @Test
    void aParagraphBetweenTheZonesIsRefusedAtItsPlace() throws Exception {
        Run r = build("p.xml", "<text>\n<front><p>x</p></front>\n  <p>Lost words.</p>\n<body><p>y</p></body></text>\n");
        refused(r, "p.xml", "6:3: error: <p> inside <text> is not supported: only <front>, <body> (or <group>) and <back>"
                + " may hold text, and between them only page breaks, milestones and forme work (<pb>, <cb>, <gb>, <lb>,"
                + " <milestone>, <fw>, <anchor>); move it into <front>, <body> or <back>");
    }

    @Test
    void wordsWrittenStraightInTextAreRefusedAtTheirPlace() throws Exception {
        Run r = build("w.xml", "<text><body><p>y</p></body>\nStray words</text>\n");
        refused(r, "w.xml", "5:1: error: text written directly inside <text> (\"Stray words\"); only <front>, <body>"
                + " (or <group>) and <back> may hold text: move it into one of them");
    }

    @Test
    void aTextOfAGroupWithoutABodyIsRefusedAtItsPlace() throws Exception {
        Run r = build("g.xml", "<text><group>\n<text><body><p>x</p></body></text>\n  <text n=\"2\"><front><head>Two</head></front></text>\n"
                + "</group></text>\n");
        refused(r, "g.xml", "6:3: error: <text> has no <body>; expected <text><front>?<body>…</body><back>?</text>,"
                + " or a <group> of <text>s in place of the <body>");
    }
}
