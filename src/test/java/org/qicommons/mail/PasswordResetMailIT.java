package org.qicommons.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.ApiClient.Reply;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.PageClient;
import org.qicommons.testing.PageClient.Page;
import org.qicommons.testing.SampleMembers;

/**
 * E-mail through a real SMTP server (GreenMail, in this test's JVM; the app in its own Payara sends to
 * it): a password reset link arrives, works once, and an unknown address gets nothing and learns
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetMailIT {
    /** Started before the deployment is built, which needs its port. */
    private static final GreenMail SMTP = startSmtp();

    private static final Pattern LINK =
            Pattern.compile("http://qicommons\\.test/member/reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withMail(SMTP.getSmtp().getPort());
    }

    @ArquillianResource
    URL base;

    private static GreenMail startSmtp() {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    /** The reset link in the next message to this address, waiting for it to arrive. */
    private static String linkSentTo(String address) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : SMTP.getReceivedMessagesForDomain(address)) {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    assertEquals("Reset your QI Commons password", message.getSubject());
                    Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
                    assertTrue(link.find(), () -> GreenMailUtil.getBody(message));
                    SMTP.purgeEmailFromAllMailboxes();
                    return link.group(1);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no reset e-mail reached " + address);
    }

    @Test
    void aResetLinkArrivesWorksOnceAndRevokesTokens() throws Exception {
        ApiClient api = new ApiClient(base);
        Account member = api.signUp(SampleMembers.named("Forgetful member", null), null);
        api.post(
                        "api/password-resets",
                        null,
                        Json.createObjectBuilder().add("email", member.email().toUpperCase()))
                .expect(202);
        String token = linkSentTo(member.email());

        Reply tooShort = api.put(
                "api/password-resets/" + token, null, Json.createObjectBuilder().add("password", "short"));
        assertEquals(400, tooShort.status(), tooShort::toString);
        assertEquals("password", tooShort.field());
        api.put(
                        "api/password-resets/" + token,
                        null,
                        Json.createObjectBuilder().add("password", "a brand new passphrase"))
                .expect(204);
        assertEquals(401, api.get("api/members/me", member.token()).status(), "old tokens revoked");
        api.token(member.email(), "a brand new passphrase");
        Reply again = api.put(
                "api/password-resets/" + token,
                null,
                Json.createObjectBuilder().add("password", "yet another passphrase"));
        assertEquals(400, again.status(), "a link works once");
        assertEquals("token", again.field());
    }

    @Test
    void anUnknownAddressIsAnsweredAlikeAndGetsNothing() throws Exception {
        ApiClient api = new ApiClient(base);
        String nobody = "nobody-" + System.nanoTime() + "@example.org";
        api.post("api/password-resets", null, Json.createObjectBuilder().add("email", nobody))
                .expect(202);
        Thread.sleep(5_000); // two delivery passes
        assertEquals(0, SMTP.getReceivedMessagesForDomain(nobody).length);
    }

    @Test
    void theSignInPageLeadsToANewPassword() throws Exception {
        ApiClient api = new ApiClient(base);
        Account member = api.signUp(SampleMembers.named("Page forgetter", null), null);
        PageClient browser = new PageClient(base);
        assertTrue(browser.get("/member/signin.xhtml").html().contains("id=\"forgotten-password\""));
        Page forgot = browser.get("/member/forgot.xhtml");
        Page sent = browser.submit(
                forgot.form("forgot").with("forgot:email", member.email()), "forgot:send-link", "Send me a link");
        assertEquals(200, sent.status());
        assertTrue(sent.html().contains("id=\"reset-sent\""));
        String token = linkSentTo(member.email());

        Page reset = browser.get("/member/reset.xhtml?token=" + token);
        Page done = browser.submit(
                reset.form("reset").with("reset:password", "chosen on the page"),
                "reset:set-password",
                "Set new password");
        assertEquals(302, done.status(), done::toString);
        assertTrue(done.location().contains("/member/signin.xhtml"));
        api.token(member.email(), "chosen on the page");
        Page used = browser.get("/member/reset.xhtml?token=" + token);
        Page refused = browser.submit(
                used.form("reset").with("reset:password", "another page password"),
                "reset:set-password",
                "Set new password");
        assertEquals(200, refused.status());
        assertTrue(refused.html().contains("has expired or has been used"));
        assertFalse(refused.html().contains("Exception"));
    }
}
