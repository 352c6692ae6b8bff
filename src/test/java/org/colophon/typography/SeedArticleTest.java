package org.colophon.typography;

import static org.colophon.typography.TestBooks.markup;
import static org.colophon.typography.TestBooks.t;
import static org.colophon.typography.TestBooks.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.colophon.model.Block;
import org.colophon.model.Book;
import org.colophon.model.Creator;
import org.colophon.model.Division;
import org.colophon.model.Inline;
import org.colophon.model.Metadata;
import org.junit.jupiter.api.Test;

/**
 * The sample article (shared/seed/article-macron-rutte.txt), title and five paragraphs,
 * built by hand as a Book: every rule that applies there, with the exact output.
 */
class SeedArticleTest {

    private static final String TITLE =
            "Emmanuel Macron et Mark Rutte : renforcer l’OTAN face aux incertitudes américaines";

    private static final List<String> PARAGRAPHS = List.of(
            "Le président français Emmanuel Macron recevra, ce mardi 12 novembre, le nouveau "
            + "secrétaire général de l’OTAN, Mark Rutte, au Palais de l’Élysée. Cette "
            + "rencontre, la première entre les deux dirigeants depuis que l’ancien Premier "
            + "ministre néerlandais a pris ses fonctions le 1er octobre, intervient dans un "
            + "contexte marqué par des incertitudes autour de l’engagement des États-Unis au "
            + "sein de l’Alliance Atlantique.",
            "Au cours de cette réunion, les discussions devraient aborder des questions clés "
            + "pour l’Alliance, notamment le soutien militaire à l’Ukraine. Face aux menaces "
            + "répétées de désengagement exprimées par Donald Trump lors de sa campagne "
            + "présidentielle, les inquiétudes grandissent quant à un possible ralentissement, "
            + "voire un arrêt du soutien militaire américain à Kiev. Trump a, à plusieurs "
            + "reprises, dénoncé les dépenses américaines en faveur de l’Ukraine et affirmé "
            + "qu’il mettrait fin à la guerre en moins de 24 heures s’il était réélu. Les "
            + "responsables européens redoutent ainsi que ce désengagement potentiel "
            + "n’affaiblisse le soutien crucial dont bénéficie actuellement l’Ukraine.",
            "L’Élysée a précisé que le président Macron entend insister sur le rôle central "
            + "de l’OTAN pour la sécurité collective des pays membres et réaffirmer "
            + "l’importance de renforcer le pilier européen de l’Alliance. Ce pilier européen, "
            + "de plus en plus sollicité, est essentiel dans un contexte où l’Europe cherche à "
            + "accroître son autonomie stratégique tout en restant un partenaire fiable pour "
            + "l’OTAN.",
            "Mark Rutte, de son côté, a exprimé son désir de travailler avec l’ensemble des "
            + "membres de l’Alliance afin de maintenir une organisation solide et unie. Après "
            + "l’élection américaine, Rutte a souligné l’importance d’un leadership fort pour "
            + "assurer la pérennité et la cohésion de l’OTAN. Il a par ailleurs rappelé que "
            + "l’Alliance avait déjà commencé à répondre aux critiques de Trump en reprenant, "
            + "par exemple, la coordination de l’aide militaire à l’Ukraine, jusqu’alors "
            + "principalement assurée par les États-Unis. En outre, les efforts budgétaires des "
            + "membres européens, souvent accusés par Trump de «mauvais payeurs», sont "
            + "régulièrement mis en avant, soulignant l’engagement croissant des pays européens "
            + "dans le financement de leur défense commune.",
            "Cette rencontre entre Macron et Rutte est donc l’occasion de renforcer la "
            + "coopération transatlantique et de réaffirmer l’engagement de l’OTAN en faveur de "
            + "la paix et de la sécurité collective, malgré les défis posés par l’évolution de "
            + "la politique américaine.");

    private static final String EXPECTED_TITLE =
            "Emmanuel Macron et Mark Rutte\u00A0: renforcer l’OTAN face aux incertitudes "
            + "américaines";
    /** Paragraph 1 splits around the raised suffix of "1er". */
    private static final String EXPECTED_1_BEFORE_ORDINAL =
            "Le président français Emmanuel Macron recevra, ce mardi 12\u00A0novembre, le nouveau "
            + "secrétaire général de l’OTAN, Mark Rutte, au Palais de l’Élysée. Cette "
            + "rencontre, la première entre les deux dirigeants depuis que l’ancien Premier "
            + "ministre néerlandais a pris ses fonctions le 1";
    private static final String EXPECTED_1_AFTER_ORDINAL =
            "\u00A0octobre, intervient dans un contexte marqué par des incertitudes autour de "
            + "l’engagement des États-Unis au sein de l’Alliance Atlantique.";
    private static final String EXPECTED_2 =
            "Au cours de cette réunion, les discussions devraient aborder des questions clés "
            + "pour l’Alliance, notamment le soutien militaire à l’Ukraine. Face aux menaces "
            + "répétées de désengagement exprimées par Donald Trump lors de sa campagne "
            + "présidentielle, les inquiétudes grandissent quant à un possible ralentissement, "
            + "voire un arrêt du soutien militaire américain à Kiev. Trump a, à plusieurs "
            + "reprises, dénoncé les dépenses américaines en faveur de l’Ukraine et affirmé "
            + "qu’il mettrait fin à la guerre en moins de 24\u00A0heures s’il était réélu. Les "
            + "responsables européens redoutent ainsi que ce désengagement potentiel "
            + "n’affaiblisse le soutien crucial dont bénéficie actuellement l’Ukraine.";
    private static final String EXPECTED_4 =
            "Mark Rutte, de son côté, a exprimé son désir de travailler avec l’ensemble des "
            + "membres de l’Alliance afin de maintenir une organisation solide et unie. Après "
            + "l’élection américaine, Rutte a souligné l’importance d’un leadership fort pour "
            + "assurer la pérennité et la cohésion de l’OTAN. Il a par ailleurs rappelé que "
            + "l’Alliance avait déjà commencé à répondre aux critiques de Trump en reprenant, "
            + "par exemple, la coordination de l’aide militaire à l’Ukraine, jusqu’alors "
            + "principalement assurée par les États-Unis. En outre, les efforts budgétaires des "
            + "membres européens, souvent accusés par Trump de «\u202Fmauvais payeurs\u202F», sont "
            + "régulièrement mis en avant, soulignant l’engagement croissant des pays européens "
            + "dans le financement de leur défense commune.";

    private static Book article() {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : PARAGRAPHS) {
            blocks.add(new Block.Paragraph(null, null, List.of(t(paragraph))));
        }
        Metadata metadata = Metadata.builder()
                .title(TITLE)
                .creators(List.of(new Creator("Rédaction", null, Creator.Role.AUTHOR)))
                .language("fr")
                .date("2024-11-12")
                .build();
        Division article = new Division(Division.Kind.CHAPTER, "article", null, List.of(t(TITLE)), List.of(),
                blocks, List.of());
        return new Book(metadata, List.of(), List.of(article), List.of(), List.of());
    }

    private final Book out = new Typographer().apply(article());

    private List<Inline> paragraph(int index) {
        return ((Block.Paragraph) out.body().get(0).blocks().get(index)).content();
    }

    private static void assertText(String expected, String actual) {
        assertEquals(visible(expected), visible(actual));
        assertEquals(expected, actual);
    }

    @Test
    void titleGetsANoBreakSpaceBeforeItsColon() {
        assertText(EXPECTED_TITLE, out.metadata().title());
        assertText(EXPECTED_TITLE, markup(out.body().get(0).title()));
    }

    @Test
    void firstParagraphBindsTheDateAndRaisesTheOrdinal() {
        List<Inline> p = paragraph(0);
        assertEquals(3, p.size(), () -> markup(p));
        assertText(EXPECTED_1_BEFORE_ORDINAL, ((Inline.Text) p.get(0)).text());
        assertEquals(new Inline.Styled(Inline.Style.SUPERSCRIPT, List.of(t("er"))), p.get(1));
        assertText(EXPECTED_1_AFTER_ORDINAL, ((Inline.Text) p.get(2)).text());
        assertText("mardi 12\u00A0novembre", EXPECTED_1_BEFORE_ORDINAL.substring(
                EXPECTED_1_BEFORE_ORDINAL.indexOf("mardi"), EXPECTED_1_BEFORE_ORDINAL.indexOf("mardi") + 17));
        assertText("l’OTAN", EXPECTED_1_BEFORE_ORDINAL.substring(
                EXPECTED_1_BEFORE_ORDINAL.indexOf("l’OTAN"), EXPECTED_1_BEFORE_ORDINAL.indexOf("l’OTAN") + 6));
    }

    @Test
    void secondParagraphBindsTheHoursAndLeavesSentencesAlone() {
        assertEquals(List.of(t(EXPECTED_2)), paragraph(1));
        assertTrue(EXPECTED_2.contains("24\u00A0heures"));
        assertTrue(EXPECTED_2.contains("à Kiev. Trump a"));
    }

    @Test
    void fourthParagraphSpacesTheGuillemets() {
        assertEquals(List.of(t(EXPECTED_4)), paragraph(3));
        assertTrue(EXPECTED_4.contains("«\u202Fmauvais payeurs\u202F»"));
    }

    @Test
    void paragraphsWithNothingToDoAreUnchanged() {
        assertEquals(List.of(t(PARAGRAPHS.get(2))), paragraph(2));
        assertEquals(List.of(t(PARAGRAPHS.get(4))), paragraph(4));
    }

    @Test
    void theArticleIsStableUnderASecondPass() {
        assertEquals(out, new Typographer().apply(out));
    }
}
