package org.colophon.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.colophon.model.Metadata;

/**
 * The one date a build stamps on its outputs ({@code dcterms:modified}, zip entry times),
 * never the clock, so that the same manuscript gives the same bytes: the
 * {@code SOURCE_DATE_EPOCH} environment variable (reproducible-builds.org), else the
 * manuscript's date, else 1980-01-01 (the earliest time a zip entry can hold).
 */
public record BuildDate(Instant instant) {

    public static final Instant ZIP_EPOCH = Instant.parse("1980-01-01T00:00:00Z");
    private static final DateTimeFormatter W3CDTF =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public BuildDate {
        instant = instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** From the process environment and the book's metadata. */
    public static BuildDate of(Metadata metadata) {
        return of(metadata, System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** {@code sourceDateEpoch} is the variable's value, or null when it is not set. */
    public static BuildDate of(Metadata metadata, String sourceDateEpoch) {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                return new BuildDate(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim())));
            } catch (NumberFormatException e) {
                // a malformed variable is ignored, as other reproducible tools do
            }
        }
        Instant fromBook = parseIsoDate(metadata.date());
        return new BuildDate(fromBook != null ? fromBook : ZIP_EPOCH);
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD, at midnight UTC; null when absent or malformed. */
    static Instant parseIsoDate(String date) {
        if (date == null) {
            return null;
        }
        String d = date.trim();
        try {
            if (d.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(d), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(d + "-01").atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(d).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** {@code 2024-11-12T00:00:00Z}, the form {@code dcterms:modified} requires. */
    public String w3c() {
        return W3CDTF.format(instant);
    }

    /**
     * The time as zip entries store it (local DOS time, no zone), kept inside the range a
     * DOS time can hold so that no extra timestamp field is ever written. The JDK takes
     * 1980-01-01 00:00:00 itself as "before 1980" and adds an extra field, so the earliest
     * time used is two seconds later (the next DOS time).
     */
    public LocalDateTime zipTime() {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        LocalDateTime min = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
        LocalDateTime max = LocalDateTime.of(2099, 12, 31, 23, 59, 58);
        return t.isBefore(min) ? min : t.isAfter(max) ? max : t;
    }
}
