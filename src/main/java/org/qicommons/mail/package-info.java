/**
 * E-mail: {@link org.qicommons.mail.Mailer} puts a message in the outbox within the caller's
 * transaction; {@code internal.MailDelivery} sends what is due through SMTP (QIC_SMTP_*), retrying with
 * back-off, or writes it to the log when no SMTP host is set.
 */
package org.qicommons.mail;
