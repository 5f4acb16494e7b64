package org.qicommons.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void readableLowerCaseWords() {
        assertEquals("achieving-equity-through-qi", Slugs.of("Achieving equity through QI"));
        assertEquals("pdsa-and-spc-falls-sepsis", Slugs.of("  PDSA & SPC: falls / sepsis!  "));
        assertEquals("cafe-naive-ecole", Slugs.of("Café naïve école"));
    }

    @Test
    void neverEmptyNorTooLong() {
        assertEquals("group", Slugs.of("!!!"));
        String slug = Slugs.of("word ".repeat(40));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertTrue(!slug.endsWith("-"));
    }
}
