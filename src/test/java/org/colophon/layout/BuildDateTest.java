package org.colophon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.colophon.error.BuildException;
import org.colophon.model.Metadata;
import org.junit.jupiter.api.Test;

/** The build's one date: SOURCE_DATE_EPOCH, else the manuscript's date, else 1980. */
class BuildDateTest {

    private static Metadata dated(String date) {
        return Metadata.builder().title("T").language("en").date(date).build();
    }

    @Test
    void sourceDateEpochIsReadAsSecondsAndUnsetWhenBlank() throws BuildException {
        assertNull(BuildDate.sourceDateEpoch(null));
        assertNull(BuildDate.sourceDateEpoch(" "));
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), BuildDate.sourceDateEpoch(" 1700000000 "));
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), BuildDate.sourceDateEpoch("253402300799"));
    }

    @Test
    void aMalformedSourceDateEpochIsAnErrorNamingTheVariable() {
        for (String value : new String[] {"abc", "-1", "+5", "1e9", "253402300800", "1234567890123"}) {
            BuildException e = assertThrows(BuildException.class, () -> BuildDate.sourceDateEpoch(value), value);
            assertEquals("SOURCE_DATE_EPOCH", e.diagnostics().get(0).file());
            assertEquals("the environment variable SOURCE_DATE_EPOCH='" + value + "' is not a number of seconds"
                    + " since 1970-01-01T00:00:00Z (0 to 253402300799)", e.diagnostics().get(0).message());
        }
    }

    @Test
    void theVariableComesFirstThenTheManuscriptThen1980() {
        Instant epoch = Instant.ofEpochSecond(1_700_000_000L);
        assertEquals("2023-11-14T22:13:20Z", BuildDate.of(dated("1999"), epoch).w3c());
        assertEquals("1999-01-01T00:00:00Z", BuildDate.of(dated("1999"), null).w3c());
        assertEquals("2024-07-01T00:00:00Z", BuildDate.of(dated(" 2024-07 "), null).w3c());
        assertEquals("2024-11-12T00:00:00Z", BuildDate.of(dated("2024-11-12"), null).w3c());
        assertEquals(BuildDate.ZIP_EPOCH, BuildDate.of(dated(null), null).instant());
        assertEquals(BuildDate.ZIP_EPOCH, BuildDate.of(dated("2023-02-30"), null).instant());
    }
}
