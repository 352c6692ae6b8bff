package org.colophon.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.colophon.layout.PageRole;
import org.colophon.layout.Publication;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Metadata;
import org.colophon.pdf.write.PdfDocumentTest;

/**
 * Hand-written XHTML pages in the shape the Velocity layouts give (until the layouts
 * land): a title page, a chapter with every kind of block, a chapter of plain prose.
 */
public final class SamplePublication {

    public static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="fr" lang="fr">
            <head><meta charset="utf-8"/><title>%s</title><link rel="stylesheet" href="../css/epub.css"/></head>
            <body>
            """;

    static final String PROSE = "Le président français Emmanuel Macron recevra, ce mardi 12\u00A0novembre, le nouveau "
            + "secrétaire général de l’OTAN, Mark Rutte, au Palais de l’Élysée. Cette rencontre, la première entre les "
            + "deux dirigeants depuis que l’ancien Premier ministre néerlandais a pris ses fonctions le 1er\u00A0octobre, "
            + "intervient dans un contexte marqué par des incertitudes autour de l’engagement des États-Unis au sein de "
            + "l’Alliance atlantique. Les efforts budgétaires des membres européens, souvent accusés par Trump d’être de "
            + "«\u202Fmauvais payeurs\u202F», sont régulièrement mis en avant, soulignant l’engagement anticonstitutionnellement "
            + "croissant des pays européens dans le financement de leur défense commune.";

    private SamplePublication() {
    }

    static byte[] jpeg(int w, int h) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.WHITE, w, h, new java.awt.Color(30, 60, 120)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static Metadata metadata() {
        return Metadata.builder()
                .title("Renforcer l’OTAN")
                .creators(List.of(new Creator("Anne Autrice", null, Creator.Role.AUTHOR)))
                .language("fr")
                .publisher("Éditions Colophon")
                .date("2024-11-12")
                .rights("Tous droits réservés")
                .description("Un article de presse.")
                .subjects(List.of("OTAN"))
                .build();
    }

    static Publication.Page page(String name, PageRole role, String body) {
        return new Publication.Page("EPUB/text/" + name + ".xhtml", name, role, name, HEAD.formatted(name) + body
                + "\n</body>\n</html>\n", true);
    }

    static Publication sample() {
        List<Publication.Page> pages = new ArrayList<>();
        pages.add(page("titlepage", PageRole.TITLE_PAGE, """
                <section epub:type="titlepage" id="titlepage">
                  <h1 class="title">Renforcer l’OTAN</h1>
                  <p class="author">Anne Autrice</p>
                  <p class="publisher">Éditions Colophon</p>
                </section>"""));
        pages.add(page("chapter-001", PageRole.CHAPTER, """
                <section epub:type="chapter" id="ch1">
                  <h1>Une rencontre à l’Élysée</h1>
                  <p>%s<a epub:type="noteref" href="#n1" id="r1">1</a></p>
                  <p>Une phrase avec <em>de l’italique</em>, du <strong>gras</strong>, des <span class="smallcaps">petites capitales</span>,
                  un exposant (1<sup>er</sup>), un <a href="https://www.nato.int/">lien externe</a> et un mot
                  <span xml:lang="en">anglais: understanding</span>.<br/>Puis une ligne forcée.</p>
                  <blockquote><p>%s</p></blockquote>
                  <h2>Une section</h2>
                  <p>Après la citation, le texte reprend avec un alinéa ordinaire pour voir l’indentation.</p>
                  <div class="verse"><div class="stanza">
                    <p class="line">Demain, dès l’aube, à l’heure où blanchit la campagne,</p>
                    <p class="line">Je partirai. Vois-tu, je sais que tu m’attends. J’irai par la forêt, j’irai par la montagne, longtemps.</p>
                  </div></div>
                  <ol><li>Premier point de la liste.</li><li>Second point, assez long pour passer à la ligne suivante sans difficulté aucune.</li></ol>
                  <ul><li>Une puce.</li></ul>
                  <figure id="fig1"><img src="../images/map.png" alt="Une carte"/><figcaption>Figure 1. Une carte.</figcaption></figure>
                  <figure id="fig2"><img src="../images/photo.jpg" alt="Une photo"/><figcaption>Figure 2. Une photo.</figcaption></figure>
                  <hr class="scene-break"/>
                  <p>Après la pause, %s</p>
                  <pre>pre   formatted
                    text</pre>
                  <aside epub:type="footnote" id="n1"><p>1. Une note de bas de page, avec un <a href="#ch1">renvoi</a>.</p></aside>
                </section>""".formatted(PROSE, PROSE, PROSE)));
        StringBuilder long_ = new StringBuilder("<section epub:type=\"chapter\" id=\"ch2\">\n<h1>Un long chapitre</h1>\n");
        for (int i = 0; i < 30; i++) {
            long_.append("<p>").append(i).append(". ").append(PROSE).append("</p>\n");
        }
        long_.append("</section>");
        pages.add(page("chapter-002", PageRole.CHAPTER, long_.toString()));
        Book book = new Book(metadata(), List.of(), List.of(), List.of(), List.of());
        try {
            // large enough to print at 300 ppi across the measure: the sample has nothing to warn about
            return new Publication(book, pages, List.of(
                    new Publication.Resource("EPUB/images/map.png", "image/png", PdfDocumentTest.png(1300, 650, false)),
                    new Publication.Resource("EPUB/images/photo.jpg", "image/jpeg", jpeg(1400, 933))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
