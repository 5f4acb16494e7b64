package org.qicommons.member;

import java.util.Locale;
import java.util.regex.Pattern;
import org.qicommons.core.Checks;
import org.qicommons.core.InvalidInputException;

/**
 * What counts as an e-mail address, and its one spelling (trimmed, lower case), so that an address
 * typed at sign-up, in an invitation or in a change of address compares alike everywhere.
 */
public final class EmailAddresses {
    /**
     * A local part without spaces or a second "@", then a domain of at least two dot-separated labels,
     * each of letters, digits and inner hyphens: "name@example..org" or "name@-x-.example" could
     * never receive the link we send.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "^[^@\\s]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");

    private EmailAddresses() {}

    /** The address in its one spelling, or InvalidInputException naming {@code field}. */
    public static String normalise(String field, String address) {
        String value = Checks.required(field, address, MemberService.MAX_EMAIL).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(value).matches()) {
            throw new InvalidInputException(field, "must be an e-mail address, like name@example.nhs.uk");
        }
        return value;
    }

    /** Whether the text looks like an e-mail address rather than a name (a form that takes either). */
    public static boolean looksLikeOne(String text) {
        return text != null && text.contains("@");
    }
}
