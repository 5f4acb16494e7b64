package org.qicommons.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnonymousPagesTest {
    @Test
    void aRefusedWriteKeepsTheSharedPagesAndAnythingElseDropsThem() {
        for (int refused : new int[] {400, 401, 403, 404, 405, 409, 413, 429}) {
            assertFalse(AnonymousPages.mayHaveWritten(refused), "refused with " + refused);
        }
        for (int done : new int[] {200, 201, 204, 302, 303}) {
            assertTrue(AnonymousPages.mayHaveWritten(done), "answered " + done);
        }
        assertTrue(AnonymousPages.mayHaveWritten(500), "a failure may come after the commit");
        assertTrue(AnonymousPages.mayHaveWritten(503));
    }
}
