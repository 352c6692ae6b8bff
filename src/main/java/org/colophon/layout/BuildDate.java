package org.colophon.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.colophon.error.BuildException;
import org.colophon.model.Metadata;

/**
 * The one date a build stamps on its outputs ({@code dcterms:modified}, zip entry times,
 * the PDF's creation date), never the clock, so that the same manuscript gives the same
 * bytes: the {@code SOURCE_DATE_EPOCH} environment variable (reproducible-builds.org), else
 * the manuscript's date, else 1980-01-01 (the earliest time a zip entry can hold).
 *
 * <p>A build reads the variable once, before anything else, and computes its date once;
 * the layouts, the EPUB writer and the typesetter are given that date.
 */
public record BuildDate(Instant instant) {

    public static final Instant ZIP_EPOCH = Instant.parse("1980-01-01T00:00:00Z");
    /** The latest second a PDF or EPUB date can be written with four digits: 9999-12-31T23:59:59Z. */
    private static final long LATEST_SOURCE_DATE = 253_402_300_799L;
    private static final DateTimeFormatter W3CDTF =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public BuildDate {
        instant = instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The time {@code SOURCE_DATE_EPOCH} gives: {@code value} is the variable's value, null
     * (or blank) when it is not set, which gives null. A malformed value is an error, as
     * reproducible-builds.org asks, not a variable silently ignored.
     */
    public static Instant sourceDateEpoch(String value) throws BuildException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (!v.matches("\\d{1,12}") || Long.parseLong(v) > LATEST_SOURCE_DATE) {
            throw new BuildException("SOURCE_DATE_EPOCH", 0, 0, "the environment variable SOURCE_DATE_EPOCH='" + value
                    + "' is not a number of seconds since 1970-01-01T00:00:00Z (0 to " + LATEST_SOURCE_DATE + ")");
        }
        return Instant.ofEpochSecond(Long.parseLong(v));
    }

    /**
     * The date of a build of this book: {@code sourceDateEpoch} (see
     * {@link #sourceDateEpoch(String)}) when not null, else the manuscript's date, else 1980.
     */
    public static BuildDate of(Metadata metadata, Instant sourceDateEpoch) {
        if (sourceDateEpoch != null) {
            return new BuildDate(sourceDateEpoch);
        }
        Instant fromBook = parseIsoDate(metadata.date());
        return new BuildDate(fromBook != null ? fromBook : ZIP_EPOCH);
    }

    /** Where a build's date comes from. */
    public enum Origin {
        SOURCE_DATE_EPOCH,
        MANUSCRIPT,
        /** Neither: the book is dated {@link #ZIP_EPOCH}, a stand-in for no date. */
        ZIP_EPOCH
    }

    /** Where {@link #of(Metadata, Instant)} takes the date of a build of this book from. */
    public static Origin originOf(Metadata metadata, Instant sourceDateEpoch) {
        if (sourceDateEpoch != null) {
            return Origin.SOURCE_DATE_EPOCH;
        }
        return parseIsoDate(metadata.date()) != null ? Origin.MANUSCRIPT : Origin.ZIP_EPOCH;
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
