package org.colophon.pdf;

import org.colophon.error.BuildException;
import org.colophon.error.SourcePlaces;
import org.colophon.error.Warnings;
import org.colophon.pdf.css.Cascade;
import org.colophon.pdf.css.StyleSheet;
import org.colophon.pdf.css.StyleSheetParser;
import org.colophon.pdf.css.UserAgentStyles;
import org.colophon.pdf.page.PageMaster;
import org.colophon.pdf.text.ParagraphSetter;
import org.colophon.pdf.text.TextResources;
import org.colophon.styles.StyleFileRefused;
import org.colophon.styles.Styles;

/**
 * What {@code print.css} sets up for the three typesetting stages: the page master, the
 * fonts, the cascade and the paragraph setter that line breaking, page building and PDF
 * writing share.
 *
 * @param css     the text of print.css (part of the PDF's document digest)
 * @param cssFile where print.css comes from, for messages
 */
record PrintSetup(String css, String cssFile, PageMaster master, FontCatalog fonts, TextResources textResources,
                  ParagraphSetter setter, Cascade cascade) {

    private static final String PRINT_CSS = "print.css";

    static PrintSetup read(Styles styles, Warnings warnings, SourcePlaces places) throws BuildException {
        return read(styles, warnings, places, null);
    }

    /**
     * {@code cache}, when not null: what an earlier build of the same book set up, of which
     * the faces whose files have not changed are kept with their shaping caches, and the
     * paragraphs it set; the cache then keeps this build's.
     */
    static PrintSetup read(Styles styles, Warnings warnings, SourcePlaces places, TypesetterCache cache)
            throws BuildException {
        String cssFile = styles.describe(Styles.Kind.STYLE_SHEET, PRINT_CSS);
        String css;
        try {
            css = styles.readText(Styles.Kind.STYLE_SHEET, PRINT_CSS).orElseThrow(() ->
                    new BuildException(cssFile, 0, 0, "the styles have no print.css"));
        } catch (StyleFileRefused refused) {
            throw refused.at(cssFile, 0, 0);
        }
        StyleSheet userAgent = new StyleSheetParser(Warnings.ignore()).parse(UserAgentStyles.CSS, "user-agent styles");
        StyleSheet sheet = new StyleSheetParser(warnings).parse(css, cssFile);
        PageMaster master = PageMaster.from(sheet.pageRules(), cssFile, warnings);
        if (cache == null) {
            FontCatalog fonts = new FontCatalog(sheet.fontFaces(), styles, cssFile);
            TextResources textResources = new TextResources(fonts.fallbacks(), warnings, places);
            return new PrintSetup(css, cssFile, master, fonts, textResources,
                    new ParagraphSetter(textResources, PrintJustification.of(sheet.pageRules()), null),
                    new Cascade(userAgent, sheet));
        }
        FontCatalog fonts = new FontCatalog(sheet.fontFaces(), styles, cssFile, cache.faces());
        TextResources earlier = cache.resources();
        // the shaping caches are keyed by face: those of a face no longer loaded are only never asked again
        TextResources textResources = earlier != null ? earlier.nextBuild(fonts.fallbacks(), warnings, places)
                : new TextResources(fonts.fallbacks(), warnings, places);
        cache.keep(fonts, textResources);
        return new PrintSetup(css, cssFile, master, fonts, textResources,
                new ParagraphSetter(textResources, PrintJustification.of(sheet.pageRules()), cache.paragraphs()),
                new Cascade(userAgent, sheet));
    }
}
