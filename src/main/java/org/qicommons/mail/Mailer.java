package org.qicommons.mail;

/** Sends plain-text e-mail, after the caller's transaction commits (and never if it rolls back). */
public interface Mailer {
    void send(String recipient, String subject, String body);

    /**
     * As above, for mail the recipient chose to get and can stop: sent with {@code List-Unsubscribe}
     * and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058) naming {@code
     * unsubscribeUrl}, which must take a POST.
     */
    void send(String recipient, String subject, String body, String unsubscribeUrl);

    /** The site's address, for links in e-mail ("https://qicommons.example"), without a trailing slash. */
    String siteAddress();
}
