package org.qicommons.mail.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qicommons.mail.OutgoingMail;

/**
 * Delivers the outbox every few seconds, on its own thread: a page that sends mail only writes a row.
 * Each message is sent outside any transaction and its outcome recorded in a short one; a failure is
 * retried with back-off ({@link OutgoingMail#failed}). With no SMTP host, mail is written to the log,
 * and the start-up log says so.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final long INTERVAL_SECONDS = 2;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (settings.smtp()) {
            LOG.info(() -> "E-mail goes through " + settings.host() + ":" + settings.port()
                    + (settings.tls() ? " with STARTTLS" : " without TLS") + ", from " + settings.from());
        } else {
            LOG.warning("No SMTP host set (QIC_SMTP_HOST): e-mail is written to this log instead of being sent");
        }
        task = scheduler.scheduleWithFixedDelay(this::deliverDue, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One pass: everything due now, a batch at a time. */
    void deliverDue() {
        try {
            for (OutgoingMail mail : outbox.due(Instant.now(), 50)) {
                deliver(mail);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the mail outbox; trying again shortly", e);
        }
    }

    private void deliver(OutgoingMail mail) {
        try {
            if (settings.smtp()) {
                Transport.send(message(mail));
            } else {
                LOG.info(() -> "E-mail (not sent: no SMTP host) to " + mail.getRecipient() + "\nSubject: "
                        + mail.getSubject() + "\n\n" + mail.getBody());
            }
            outbox.markSent(mail.getId(), Instant.now());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not send e-mail " + mail.getId() + " (attempt " + (mail.getAttempts() + 1)
                            + "); it will be retried",
                    e);
            outbox.markFailed(mail.getId(), Instant.now(), e.toString());
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        if (settings.tls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        Session session;
        if (settings.user().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = settings.user().get();
            String password = settings.password();
            session = Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user, password);
                }
            });
        } else {
            session = Session.getInstance(properties);
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        if (mail.getUnsubscribeUrl() != null) {
            // RFC 8058: mail programs offer "unsubscribe", and stop it with one POST to this address
            message.setHeader("List-Unsubscribe", "<" + mail.getUnsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }
}
