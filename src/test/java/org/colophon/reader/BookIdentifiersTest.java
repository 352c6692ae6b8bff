package org.colophon.reader;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BookIdentifiersTest {

    @Test
    void validIsbns() {
        assertNull(BookIdentifiers.isbnProblem("978-0-306-40615-7"));
        assertNull(BookIdentifiers.isbnProblem("9780306406157"));
        assertNull(BookIdentifiers.isbnProblem("ISBN 978-2-07-036822-8"));
        assertNull(BookIdentifiers.isbnProblem("urn:isbn:9782070368228"));
        assertNull(BookIdentifiers.isbnProblem("0-306-40615-2"));
        assertNull(BookIdentifiers.isbnProblem("0-8044-2957-X"), "X is ten, as the last digit of an ISBN-10");
    }

    @Test
    void invalidIsbns() {
        assertTrue(BookIdentifiers.isbnProblem("978-0-306-40615-8").contains("wrong check digit"));
        assertTrue(BookIdentifiers.isbnProblem("977-0-306-40615-7").contains("978 or 979"));
        assertTrue(BookIdentifiers.isbnProblem("0-306-40615-3").contains("wrong check digit"));
        assertTrue(BookIdentifiers.isbnProblem("12345").contains("has 5 digits"));
        assertTrue(BookIdentifiers.isbnProblem("978-0-3O6-40615-7").contains("holds 'O'"));
    }

    @Test
    void uuids() {
        assertNull(BookIdentifiers.uuidProblem("123e4567-e89b-12d3-a456-426614174000"));
        assertNull(BookIdentifiers.uuidProblem("urn:uuid:123E4567-E89B-12D3-A456-426614174000"));
        assertNotNull(BookIdentifiers.uuidProblem("123e4567e89b12d3a456426614174000"));
        assertNotNull(BookIdentifiers.uuidProblem("123e4567-e89b-12d3-a456-42661417400g"));
    }

    @Test
    void uris() {
        assertNull(BookIdentifiers.uriProblem("https://example.org/book/1"));
        assertNull(BookIdentifiers.uriProblem("urn:nbn:de:1234"));
        assertTrue(BookIdentifiers.uriProblem("book/1").contains("not an absolute URI"));
        assertTrue(BookIdentifiers.uriProblem("https://exa mple.org").contains("not a valid URI"));
    }
}
