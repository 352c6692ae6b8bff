package org.colophon.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maven's {@code project.build.outputTimestamp}, read as the Maven archiver reads it: an ISO
 * 8601 date and time with its offset, or a number of seconds since 1970; unset, or one
 * character (the convention for "none" in an inherited pom), is no timestamp.
 */
final class OutputTimestamp {

    private OutputTimestamp() {
    }

    static Instant parse(String value) throws MojoFailureException {
        if (value == null || value.trim().length() < 2) {
            return null;
        }
        String v = value.trim();
        if (v.matches("\\d{1,12}") && Long.parseLong(v) <= LATEST) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        try {
            Instant instant = OffsetDateTime.parse(v).toInstant();
            if (instant.getEpochSecond() >= 0 && instant.getEpochSecond() <= LATEST) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // said below, with what is expected
        }
        throw new MojoFailureException("project.build.outputTimestamp: error: '" + value + "' is not a date and"
                + " time with an offset from 1970 to 9999 (expected e.g. 2024-01-01T00:00:00Z) nor a number of"
                + " seconds since 1970");
    }

    /** 9999-12-31T23:59:59Z: a PDF or EPUB date has four digits of year, as for SOURCE_DATE_EPOCH. */
    private static final long LATEST = 253_402_300_799L;
}
