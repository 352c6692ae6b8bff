package org.colophon.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** project.build.outputTimestamp read as Maven's archiver reads it. */
class OutputTimestampTest {

    @Test
    void anIsoDateAndTimeWithItsOffset() throws Exception {
        assertEquals(Instant.parse("2023-05-01T10:00:00Z"), OutputTimestamp.parse("2023-05-01T10:00:00Z"));
        assertEquals(Instant.parse("2023-05-01T08:00:00Z"), OutputTimestamp.parse("2023-05-01T10:00:00+02:00"));
    }

    @Test
    void secondsSince1970() throws Exception {
        assertEquals(Instant.ofEpochSecond(1_600_000_000L), OutputTimestamp.parse("1600000000"));
    }

    @Test
    void unsetOrOneCharacterIsNoTimestamp() throws Exception {
        assertNull(OutputTimestamp.parse(null));
        assertNull(OutputTimestamp.parse(""));
        assertNull(OutputTimestamp.parse("a"));
    }

    @Test
    void anythingElseFailsTheBuildSayingWhatIsExpected() {
        for (String bad : new String[] {"yesterday", "2023-05-01", "99999999999999999999", "10000-01-01T00:00:00Z"}) {
            MojoFailureException e = assertThrows(MojoFailureException.class, () -> OutputTimestamp.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("project.build.outputTimestamp: error: '" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("expected e.g. 2024-01-01T00:00:00Z"), e.getMessage());
        }
    }
}
