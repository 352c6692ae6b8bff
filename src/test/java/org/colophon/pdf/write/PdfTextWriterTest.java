package org.colophon.pdf.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.colophon.error.Warnings;
import org.colophon.pdf.text.Fixtures;
import org.colophon.pdf.text.GlyphRun;
import org.colophon.pdf.text.ParagraphItem;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.ParagraphSpec;
import org.colophon.pdf.text.SetLine;
import org.colophon.pdf.text.TextResources;
import org.colophon.pdf.text.TextStyle;
import org.colophon.testing.SoftHyphenSpans;
import org.junit.jupiter.api.Test;

class PdfTextWriterTest {

    private static final float LEFT = 60;
    private static final float TOP = 500;
    private static final float LEADING = 13;

    private final ParagraphSetter setter = new ParagraphSetter(new TextResources(List.of(), Warnings.ignore()));

    private record Written(byte[] pdf, List<SetLine> lines) {}

    private Written write(List<ParagraphItem> paragraph, ParagraphSpec spec) throws IOException {
        List<SetLine> lines = setter.set(paragraph, spec);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            PdfTextWriter writer = new PdfTextWriter(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float baseline = TOP;
                for (SetLine line : lines) {
                    writer.drawLine(content, line, LEFT, baseline);
                    baseline -= LEADING;
                }
            }
            writer.finish();
            // PDFBox would otherwise derive the document id from the clock
            org.apache.pdfbox.cos.COSArray id = new org.apache.pdfbox.cos.COSArray();
            id.add(new org.apache.pdfbox.cos.COSString("colophon-test"));
            id.add(new org.apache.pdfbox.cos.COSString("colophon-test"));
            doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, id);
            doc.save(out);
            return new Written(out.toByteArray(), lines);
        }
    }

    private static final String TEXT = "Le bureau de l’office affirmé : « Pas de mauvais payeurs ! » Cette "
            + "rencontre, la première entre les deux dirigeants depuis que l’ancien Premier ministre "
            + "néerlandais a pris ses fonctions, intervient dans un contexte marqué par des incertitudes "
            + "autour de l’engagement des États-Unis au sein de l’Alliance atlantique. AVATAR, WAVE, office.";

    @Test
    void extractedTextIsTheTextSetLigaturesIncluded() throws IOException {
        Written w = write(Fixtures.text(Fixtures.frenchSpacing(TEXT), Fixtures.french(10)),
                new ParagraphSpec(200, 12, ParagraphSpec.Alignment.JUSTIFY, true));
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            String flat = joined(new PDFTextStripper().getText(doc), w.lines()).replace('\u202F', ' ')
                    .replace('\u00A0', ' ').replaceAll(" +", " ").strip();
            String expected = TEXT.replace('\u00A0', ' ');
            assertTrue(flat.contains("office"), flat);
            assertTrue(flat.contains("affirmé"), flat);
            String want = expected.replaceAll(" +", " ");
            int at = 0;
            while (at < Math.min(want.length(), flat.length()) && want.charAt(at) == flat.charAt(at)) {
                at++;
            }
            assertEquals(want, flat, "first difference at " + at + ": "
                    + (at < flat.length() ? Integer.toHexString(flat.charAt(at)) : "end"));
        }
    }

    /**
     * The extracted lines put back together as a reader would: a line ending inside a word
     * (a hyphen added at the break, which extraction drops) or at the word's own hyphen
     * joins the next with nothing between, any other with a space.
     */
    private static String joined(String extracted, List<SetLine> lines) {
        String[] texts = extracted.strip().split("\\R");
        assertEquals(lines.size(), texts.length, "one extracted line per set line: " + extracted);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < texts.length; k++) {
            String text = texts[k].stripTrailing();
            out.append(text);
            if (k < texts.length - 1 && lines.get(k).breakHyphenGlyphs() == 0 && !text.endsWith("-")) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static final String COMPOUNDS = "Vous la passerez chez moi. Çà, baron, montez ici près, mettez-vous là. "
            + "Le roi vous accorde un gouvernement, et l’ordre de vous rendre sur-le-champ à l’armée d’Allemagne ; "
            + "Cœur-Loyal, le porte-étendard, vous y attend avec les chevau-légers. Permettez-moi de vous dire "
            + "que c’est-à-dire une extraordinaire bienveillance, une reconnaissance incontestablement "
            + "particulière, dont les lieutenants-colonels eux-mêmes s’émerveillent.";

    @Test
    void aHyphenAddedAtABreakExtractsAsNothingAndAHyphenOfTheTextStays() throws IOException {
        String source = Fixtures.frenchSpacing(COMPOUNDS);
        int added = 0;
        int own = 0;
        // many measures, so that breaks fall both inside words and at their own hyphens
        for (float measure = 110; measure <= 220; measure += 10) {
            Written w = write(Fixtures.text(source, Fixtures.french(10)),
                    new ParagraphSpec(measure, 0, ParagraphSpec.Alignment.JUSTIFY, true));
            List<SetLine> lines = w.lines();
            List<Integer> hyphenated = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(w.pdf())) {
                String extracted = new PDFTextStripper().getText(doc);
                String[] texts = extracted.strip().split("\\R");
                for (int k = 0; k < lines.size(); k++) {
                    SetLine line = lines.get(k);
                    GlyphRun last = line.runs().get(line.runs().size() - 1);
                    if (line.breakHyphenGlyphs() > 0) {
                        hyphenated.add(k);
                        added++;
                        assertFalse(texts[k].stripTrailing().endsWith("-"),
                                "at " + measure + " pt, line " + k + " keeps the hyphen added at its break: " + texts[k]);
                    } else if (last.text().endsWith("-")) {
                        own++;
                        assertTrue(texts[k].stripTrailing().endsWith("-"),
                                "at " + measure + " pt, line " + k + " lost the hyphen of its compound: " + texts[k]);
                    }
                }
                String flat = joined(extracted, lines).replace('\u202F', ' ').replace('\u00A0', ' ');
                assertEquals(source.replace('\u202F', ' ').replace('\u00A0', ' '), flat,
                        "at " + measure + " pt: broken words whole, compounds with their hyphen");

                // the soft-hyphen marks are on the added hyphens, and only there
                List<SoftHyphenSpans.Mark> marks = SoftHyphenSpans.find(doc);
                assertEquals(hyphenated.size(), marks.size(), "at " + measure + " pt: " + marks);
                for (int m = 0; m < marks.size(); m++) {
                    SetLine line = lines.get(hyphenated.get(m));
                    SoftHyphenSpans.Mark mark = marks.get(m);
                    float baseline = TOP - hyphenated.get(m) * LEADING;
                    assertEquals(PDRectangle.A5.getHeight() - baseline, mark.y(), 0.01f, "the mark's line");
                    assertEquals(LEFT + line.width(), mark.x() + mark.width(), 0.01f, "the mark ends the line");
                    assertTrue(mark.endsItsLine(), mark.toString());
                    assertEquals("\u00AD", mark.glyphText(), "its glyph's ToUnicode is the soft hyphen too");
                }
            }
        }
        assertTrue(added >= 10 && own >= 3, "breaks inside words " + added + ", at a compound's hyphen " + own);
    }

    @Test
    void aBreakAtTheAuthorsSoftHyphenIsMarkedToo() throws IOException {
        // a word with the author's soft hyphen breaks there only; the report does not count it
        String source = "Il faut une loi anti\u00ADconstitutionnelle pour cela, dit-il.";
        int broken = 0;
        for (float measure = 96; measure <= 130; measure += 4) {
            Written w = write(Fixtures.text(source, Fixtures.french(10)),
                    new ParagraphSpec(measure, 0, ParagraphSpec.Alignment.JUSTIFY, true));
            long atSoftHyphen = w.lines().stream().filter(l -> l.breakHyphenGlyphs() > 0).count();
            assertTrue(w.lines().stream().noneMatch(SetLine::hyphenated), "no pattern hyphen: " + w.lines());
            try (PDDocument doc = Loader.loadPDF(w.pdf())) {
                assertEquals(atSoftHyphen, SoftHyphenSpans.find(doc).size());
                assertEquals(source.replace("\u00AD", ""), joined(new PDFTextStripper().getText(doc), w.lines()));
            }
            broken += (int) atSoftHyphen;
        }
        assertTrue(broken > 0, "no measure broke the word at its soft hyphen");
    }

    @Test
    void glyphsLandWhereTheSetterPutThem() throws IOException {
        ParagraphSpec spec = new ParagraphSpec(220, 0, ParagraphSpec.Alignment.JUSTIFY, true);
        Written w = write(Fixtures.text(Fixtures.frenchSpacing(TEXT), Fixtures.french(10)), spec);
        List<Float> expectedX = new ArrayList<>();
        for (SetLine line : w.lines()) {
            for (GlyphRun run : line.runs()) {
                float x = LEFT + run.x();
                for (float advance : run.advances()) {
                    expectedX.add(x);
                    x += advance;
                }
            }
        }
        List<TextPosition> positions = positions(w.pdf());
        assertEquals(expectedX.size(), positions.size(), "one text position per glyph");
        for (int i = 0; i < positions.size(); i++) {
            assertEquals(expectedX.get(i), positions.get(i).getXDirAdj(), 0.01f,
                    "glyph " + i + " '" + positions.get(i).getUnicode() + "'");
        }
        // the ink of each line's last glyph ends at the line's end (letter spacing goes between letters)
        int index = 0;
        for (SetLine line : w.lines()) {
            int glyphs = line.runs().stream().mapToInt(r -> r.glyphs().length).sum();
            TextPosition last = positions.get(index + glyphs - 1);
            assertEquals(LEFT + line.width(), last.getXDirAdj() + last.getWidthDirAdj(), 0.005f, "[" + last.getUnicode() + "]");
            index += glyphs;
        }
        // justified: every line but the last ends at the measure, none beyond it
        for (int k = 0; k < w.lines().size(); k++) {
            SetLine line = w.lines().get(k);
            assertTrue(line.width() <= spec.measure() + 0.001f, "line " + k + " is " + line.width());
            if (k < w.lines().size() - 1) {
                assertEquals(spec.measure(), line.width(), 0.01f, "line " + k);
            }
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        List<ParagraphItem> items = List.of(
                new ParagraphItem.TextRun("Roman, ", Fixtures.french(10), null),
                new ParagraphItem.TextRun("italique", new TextStyle(Fixtures.ITALIC, 10, "fr", false, 0), null),
                new ParagraphItem.TextRun(" et petites capitales.", new TextStyle(Fixtures.REGULAR, 10, "fr", true, 0), null));
        Written w = write(items, new ParagraphSpec(300, 0, ParagraphSpec.Alignment.LEFT, false));
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            List<String> names = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font instanceof PDType0Font);
                names.add(font.getName());
                assertTrue(font.isEmbedded());
                byte[] program = ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
                assertTrue(program.length < 60_000, font.getName() + " is " + program.length + " bytes: not a subset");
            }
            assertEquals(2, names.size(), names.toString());
            for (String name : names) {
                assertTrue(name.matches("[A-Z]{6}\\+SourceSerif4.*"), name);
            }
            String text = new PDFTextStripper().getText(doc).strip();
            assertEquals("Roman, italique et petites capitales.", text, "small capitals extract as their letters");
        }
    }

    @Test
    void embeddedFontsPassVeraPdfFontRules() throws Exception {
        List<ParagraphItem> items = List.of(
                new ParagraphItem.TextRun(Fixtures.frenchSpacing(TEXT) + " ", Fixtures.french(10), null),
                new ParagraphItem.TextRun("italique", new TextStyle(Fixtures.ITALIC, 10, "fr", false, 0), null),
                new ParagraphItem.TextRun(" et petites capitales", new TextStyle(Fixtures.REGULAR, 10, "fr", true, 0), null),
                new ParagraphItem.TextRun("2", new TextStyle(Fixtures.REGULAR, 6, "fr", false, 3.5f), null),
                new ParagraphItem.TextRun(".", Fixtures.french(10), null));
        byte[] pdf = write(items, new ParagraphSpec(250, 12, ParagraphSpec.Alignment.JUSTIFY, true)).pdf();
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        List<String> fontFailures = new ArrayList<>();
        int checked = 0;
        try (org.verapdf.pdfa.PDFAParser parser = org.verapdf.pdfa.Foundries.defaultInstance()
                .createParser(new java.io.ByteArrayInputStream(pdf), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B)) {
            org.verapdf.pdfa.PDFAValidator validator = org.verapdf.pdfa.Foundries.defaultInstance()
                    .createValidator(org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B, false);
            org.verapdf.pdfa.results.ValidationResult result = validator.validate(parser);
            for (org.verapdf.pdfa.results.TestAssertion assertion : result.getTestAssertions()) {
                checked++;
                // this page is not a PDF/A document (no metadata, no output intent): judge the fonts only
                if (assertion.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED
                        && assertion.getRuleId().getClause().startsWith("6.2.11")) {
                    fontFailures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage());
                }
            }
        }
        assertTrue(checked > 0, "veraPDF reported nothing: it did not run");
        assertTrue(fontFailures.isEmpty(), String.join("\n", fontFailures));
    }

    @Test
    void superscriptsAreRaised() throws IOException {
        List<ParagraphItem> items = List.of(
                new ParagraphItem.TextRun("le 1", Fixtures.french(10), null),
                new ParagraphItem.TextRun("er", new TextStyle(Fixtures.REGULAR, 6, "fr", false, 3.5f), null),
                new ParagraphItem.TextRun(" octobre", Fixtures.french(10), null));
        Written w = write(items, new ParagraphSpec(250, 0, ParagraphSpec.Alignment.LEFT, false));
        SetLine line = w.lines().get(0);
        assertEquals(3, line.runs().size());
        assertTrue(line.ascent() >= Fixtures.REGULAR.ascender(6) + 3.5f - 0.001f);
        List<TextPosition> positions = positions(w.pdf());
        TextPosition one = positions.get(3);
        TextPosition e = positions.get(4);
        assertEquals("1", one.getUnicode());
        assertEquals("e", e.getUnicode());
        // PDFBox's y grows downwards
        assertEquals(3.5f, one.getYDirAdj() - e.getYDirAdj(), 0.01f, "raised by the rise");
        assertEquals(6f, e.getFontSizeInPt(), 0.01f);
        assertEquals(LEFT + line.runs().get(1).x(), e.getXDirAdj(), 0.01f);
        TextPosition o = positions.get(7);
        assertEquals("o", o.getUnicode());
        assertEquals(one.getYDirAdj(), o.getYDirAdj(), 0.01f, "back on the baseline after the superscript");
    }

    @Test
    void sameInputSameBytes() throws IOException {
        ParagraphSpec spec = new ParagraphSpec(200, 12, ParagraphSpec.Alignment.JUSTIFY, true);
        byte[] a = write(Fixtures.text(TEXT, Fixtures.french(10)), spec).pdf();
        byte[] b = write(Fixtures.text(TEXT, Fixtures.french(10)), spec).pdf();
        assertFalse(a.length == 0);
        assertTrue(java.util.Arrays.equals(a, b), "identical input must give identical bytes");
    }

    private static List<TextPosition> positions(byte[] pdf) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                }
            };
            stripper.getText(doc);
        }
        return positions;
    }

    @Test
    void aGreyIsFilledInDeviceGrayAnyOtherColourInRgb() {
        assertEquals("0.467 g\n", PdfTextWriter.fill(0x777777));
        assertEquals("0 g\n", PdfTextWriter.fill(0x000000));
        assertEquals("0.122 0.247 0.561 rg\n", PdfTextWriter.fill(0x1f3f8f));
    }
}
