package org.qicommons.mail;

/** Sends plain-text e-mail, after the caller's transaction commits (and never if it rolls back). */
public interface Mailer {
    void send(String recipient, String subject, String body);

    /** The site's address, for links in e-mail ("https://qicommons.example"), without a trailing slash. */
    String siteAddress();
}
