package org.colophon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.colophon.model.Division;
import org.junit.jupiter.api.Test;

/**
 * The page roles' tokens are the body classes, file-name stems and contents kinds that
 * styles and user layouts already rely on: they must not change.
 */
class PageRoleTest {

    @Test
    void aDivisionsTokenIsItsKindsNameInLowerCaseWithoutUnderscores() {
        for (Division.Kind kind : Division.Kind.values()) {
            String expected = kind == Division.Kind.OTHER ? "division"
                    : kind.name().toLowerCase(Locale.ROOT).replace("_", "");
            assertEquals(expected, PageRole.of(kind).token(), kind.name());
        }
    }

    @Test
    void thePagesColophonAddsKeepTheirTokens() {
        assertEquals("cover", PageRole.COVER.token());
        assertEquals("titlepage", PageRole.TITLE_PAGE.token());
        assertEquals("copyright", PageRole.COPYRIGHT.token());
        assertEquals("toc", PageRole.CONTENTS.token());
    }

    @Test
    void everyTokenNamesOneRole() {
        for (PageRole role : PageRole.values()) {
            assertEquals(Optional.of(role), PageRole.fromToken(role.token()));
        }
        assertEquals(Optional.empty(), PageRole.fromToken("chapter wide"));
        assertEquals(Optional.empty(), PageRole.fromToken(""));
    }

    @Test
    void theSetsOfRolesTheTypesetterUses() {
        assertEquals(EnumSet.of(PageRole.COVER, PageRole.HALF_TITLE, PageRole.TITLE_PAGE, PageRole.COPYRIGHT),
                roles(PageRole::opensTheBook));
        assertEquals(EnumSet.of(PageRole.VOLUME, PageRole.PART, PageRole.CHAPTER), roles(PageRole::isBody));
        assertEquals(EnumSet.of(PageRole.VOLUME, PageRole.PART), roles(PageRole::groupsChapters));
        assertTrue(roles(PageRole::isBody).containsAll(roles(PageRole::groupsChapters)));
    }

    private static Set<PageRole> roles(java.util.function.Predicate<PageRole> property) {
        Set<PageRole> out = EnumSet.noneOf(PageRole.class);
        for (PageRole role : PageRole.values()) {
            if (property.test(role)) {
                out.add(role);
            }
        }
        return out;
    }
}
