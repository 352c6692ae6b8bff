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
        if (v.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("project.build.outputTimestamp: error: '" + value + "' is not a date and"
                    + " time with an offset (expected e.g. 2024-01-01T00:00:00Z) nor a number of seconds since 1970");
        }
    }
}
