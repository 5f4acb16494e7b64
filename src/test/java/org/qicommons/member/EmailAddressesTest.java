package org.qicommons.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.qicommons.core.InvalidInputException;

class EmailAddressesTest {
    @Test
    void anAddressIsTrimmedAndLowerCased() {
        assertEquals(
                "amara.okafor@brightwater-care.nhs.uk",
                EmailAddresses.normalise("email", "  Amara.Okafor@Brightwater-Care.NHS.uk "));
    }

    @Test
    void aDomainThatCouldNeverReceiveMailIsRefusedOnTheField() {
        for (String bad : new String[] {
            "someone@example..org",
            "someone@-x-.example",
            "someone@nowhere",
            "some one@example.org",
            "a@b@example.org",
            "someone@example.org.",
            "someone@.example.org"
        }) {
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> EmailAddresses.normalise("newEmail", bad), bad);
            assertEquals("newEmail", refused.field(), bad);
        }
    }
}
