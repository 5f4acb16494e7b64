package org.qicommons.testing;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test's JVM (GreenMail) for the application to send to, and the messages
 * it received, by recipient and subject. Start it before the deployment is built: that needs its port.
 */
public final class Mailbox implements AutoCloseable {
    private final GreenMail smtp;

    private Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** An SMTP server on a free port of 127.0.0.1, started. */
    public static Mailbox start() {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Mailbox(smtp);
    }

    public int port() {
        return smtp.getSmtp().getPort();
    }

    /**
     * One message as received: who to, its subject, its text (quoted-printable soft breaks undone) and
     * its List-Unsubscribe headers (null when absent).
     */
    public record Mail(
            String recipient, String subject, String body, String listUnsubscribe, String listUnsubscribePost) {
        /** The first match of {@code pattern}'s group 1 in the text, failing the test if there is none. */
        public String find(Pattern pattern) {
            Matcher found = pattern.matcher(body);
            if (!found.find()) {
                throw new AssertionError("no " + pattern + " in: " + body);
            }
            return found.group(1);
        }
    }

    /** Every message received so far for this address. */
    public List<Mail> to(String address) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address))
                .map(Mailbox::read)
                .filter(mail -> mail.recipient().equalsIgnoreCase(address))
                .toList();
    }

    /** The first message with this subject to this address, waiting up to 30 seconds for it. */
    public Mail awaitMail(String address, String subject) throws InterruptedException {
        return awaitMail(address, subject, "");
    }

    /** As above, the first whose text contains {@code text}. */
    public Mail awaitMail(String address, String subject, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (Mail mail : to(address)) {
                if (mail.subject().equals(subject) && mail.body().contains(text)) {
                    return mail;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no \"" + subject + "\" e-mail reached " + address + "; it has " + to(address));
    }

    /**
     * The first message with this subject to this address, waiting for it as {@link #awaitMail} does,
     * and taken out of the mailbox, so that the next call finds the next such message.
     */
    public Mail take(String address, String subject) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(address)) {
                Mail mail = read(message);
                if (mail.recipient().equalsIgnoreCase(address) && mail.subject().equals(subject)) {
                    try {
                        message.setFlag(Flags.Flag.DELETED, true);
                        smtp.purgeEmailFromAllMailboxes();
                    } catch (MessagingException | FolderException e) {
                        throw new IllegalStateException(e);
                    }
                    return mail;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no \"" + subject + "\" e-mail reached " + address);
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(
                    message.getAllRecipients()[0].toString(),
                    message.getSubject(),
                    GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="),
                    message.getHeader("List-Unsubscribe", null),
                    message.getHeader("List-Unsubscribe-Post", null));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
