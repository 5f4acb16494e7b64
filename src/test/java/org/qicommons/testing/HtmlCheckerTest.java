package org.qicommons.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The checker used on every page the browser tests visit must itself tell valid from invalid. */
class HtmlCheckerTest {
    @Test
    void acceptsAValidPage() {
        assertEquals(
                java.util.List.of(),
                HtmlChecker.errors(
                        "<!DOCTYPE html><html lang=\"en-GB\"><head><title>x</title></head>"
                                + "<body><main><h1>Hi</h1><label for=\"a\">A</label><input id=\"a\" name=\"a\"></main></body></html>"));
    }

    @Test
    void reportsDuplicateIdsAndBadNesting() {
        var errors = HtmlChecker.errors("<!DOCTYPE html><html lang=\"en-GB\"><head><title>x</title></head>"
                + "<body><p id=\"a\">1</p><p id=\"a\"><div>2</div></p><ul><p>x</p></ul></body></html>");
        assertFalse(errors.isEmpty());
    }
}
