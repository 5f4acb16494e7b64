package org.qicommons.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
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
import org.qicommons.testing.Mailbox;
import org.qicommons.testing.PageClient;
import org.qicommons.testing.PageClient.Page;
import org.qicommons.testing.SampleMembers;

/**
 * E-mail through a real SMTP server (GreenMail, in this test's JVM; the app in its own Payara sends to
 * it): a new member's confirmation link, without which they cannot post; a password reset link that
 * works once; and nothing for an address nobody signed up with.
 */
@ExtendWith(ArquillianExtension.class)
class AccountMailIT {
    /** Started before the deployment is built, which needs its port. */
    private static final Mailbox SMTP = Mailbox.start();

    private static final String RESET = "Reset your QI Commons password";
    private static final String CONFIRM = "Confirm your e-mail address for QI Commons";
    private static final Pattern LINK =
            Pattern.compile("http://qicommons\\.test/member/(?:reset|confirm)\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withMail(SMTP.port());
    }

    @ArquillianResource
    URL base;

    @AfterAll
    static void stopSmtp() {
        SMTP.close();
    }

    /** The secret in the link of the next message with this subject to this address, waiting for it. */
    private static String linkSentTo(String address, String subject) throws Exception {
        return SMTP.take(address, subject).find(LINK);
    }

    private PageClient browser(Account member) {
        PageClient browser = new PageClient(base);
        browser.signIn(member.email(), member.password());
        return browser;
    }

    @Test
    void aNewMemberConfirmsTheirAddressBeforeTheyPost() throws Exception {
        ApiClient api = new ApiClient(base);
        Account member = api.signUp(SampleMembers.named("Unconfirmed newcomer", null), null);
        assertFalse(api.get("api/members/me", member.token()).expect(200).json().getBoolean("emailConfirmed"));
        Reply refused = api.post(
                "api/groups",
                member.token(),
                Json.createObjectBuilder()
                        .add("name", SampleMembers.unique("Too soon"))
                        .add("visibility", "PUBLIC")
                        .add("joinPolicy", "OPEN"));
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("confirm your e-mail address"), refused::toString);
        String first = linkSentTo(member.email(), CONFIRM);
        // nor add an organisation: anyone could otherwise appear as a regulator
        Reply organisation = api.post(
                "api/organisations",
                member.token(),
                Json.createObjectBuilder()
                        .add("name", SampleMembers.unique("Care Quality Commission"))
                        .add("type", "REGULATOR"));
        assertEquals(403, organisation.status(), organisation::toString);
        assertFalse(
                browser(member).get("/member/edit.xhtml").html().contains("id=\"add-organisation\""),
                "the profile page offers adding one only once confirmed");

        PageClient browser = new PageClient(base);
        browser.signIn(member.email(), member.password());
        assertTrue(browser.get("/group/").html().contains("id=\"confirm-email-banner\""), "told on every page");
        api.post("api/members/me/email-confirmation", member.token(), Json.createObjectBuilder())
                .expect(202);
        String second = linkSentTo(member.email(), CONFIRM);

        Page confirmed = new PageClient(base).get("/member/confirm.xhtml?token=" + second);
        assertEquals(200, confirmed.status());
        assertTrue(confirmed.html().contains("id=\"email-confirmed\""), confirmed::html);
        assertTrue(api.get("api/members/me", member.token()).expect(200).json().getBoolean("emailConfirmed"));
        assertFalse(browser.get("/group/").html().contains("id=\"confirm-email-banner\""));
        api.createGroup(member.token(), SampleMembers.unique("Now allowed"), "PUBLIC", "OPEN");
        assertTrue(browser.get("/member/edit.xhtml").html().contains("id=\"add-organisation\""));
        assertTrue(
                new PageClient(base)
                        .get("/member/confirm.xhtml?token=" + second)
                        .html()
                        .contains("id=\"confirmation-failed\""),
                "a link works once");
        Reply unused = api.put("api/email-confirmations/" + first, null, null);
        assertEquals(204, unused.status(), "an earlier link still works until it expires, harmlessly");
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
        String token = linkSentTo(member.email(), RESET);

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
        assertEquals(0, SMTP.to(nobody).size());
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
        String token = linkSentTo(member.email(), RESET);

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
