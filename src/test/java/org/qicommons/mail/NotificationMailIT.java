package org.qicommons.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import org.qicommons.testing.Deployments;
import org.qicommons.testing.Mailbox;
import org.qicommons.testing.PageClient;
import org.qicommons.testing.SampleMembers;

/**
 * The e-mail a member gets when someone replies to them, through a real SMTP server (GreenMail): sent
 * once, with a link to the exact reply and the one-click unsubscribe of RFC 8058, which works; none
 * once they have stopped it, and none about a post they can no longer read.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationMailIT {
    private static final Mailbox SMTP = Mailbox.start();
    private static final String CONFIRM = "Confirm your e-mail address for QI Commons";
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("http://qicommons\\.test/member/confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("<http://qicommons\\.test(/api/unsubscribe\\?key=[A-Za-z0-9_-]+)>");

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

    /** A member whose address is confirmed (only confirmed addresses get notification e-mail). */
    private Account confirmed(String name) throws Exception {
        Account account = new ApiClient(base).signUp(SampleMembers.named(name, "Ward sister"), null);
        String token = SMTP.take(account.email(), CONFIRM).find(CONFIRM_LINK);
        assertEquals(
                200,
                new PageClient(base).get("/member/confirm.xhtml?token=" + token).status());
        return account;
    }

    @Test
    void aLateReplyIsEmailedOnceWithItsLinkAndOneClickStopsTheNext() throws Exception {
        ApiClient api = new ApiClient(base);
        Account author = confirmed("Mail Author");
        Account replier = confirmed("Mail Replier");
        String slug = api.createGroup(author.token(), SampleMembers.unique("Mail circle"), "PUBLIC", "OPEN");
        api.join(replier.token(), slug).expect(200);
        long update = api.startDiscussion(author.token(), slug, "Three weeks on", "Has anyone tried huddles?")
                .getJsonNumber("id")
                .longValue();
        long reply = api.reply(replier.token(), update, null, "Sorry for the delay: yes, at 9 every morning.")
                .getJsonNumber("id")
                .longValue();

        String subject = "Mail Replier replied to your post in “Three weeks on”";
        Mailbox.Mail mail = SMTP.awaitMail(author.email(), subject);
        assertTrue(mail.body().contains("Sorry for the delay: yes, at 9 every morning."), mail.body());
        assertTrue(mail.body().contains("Read it and reply: http://qicommons.test/p/" + reply), mail.body());
        assertEquals("List-Unsubscribe=One-Click", mail.listUnsubscribePost());
        var found = UNSUBSCRIBE.matcher(mail.listUnsubscribe());
        assertTrue(found.find(), mail.listUnsubscribe());
        // the link leads to the exact reply
        PageClient.Page link = new PageClient(base).get("/p/" + reply);
        assertTrue(link.location().endsWith("#post-" + reply), link.location());
        assertTrue(
                SMTP.to(replier.email()).stream().noneMatch(m -> m.subject().contains("replied")),
                "not to the replier");

        // one click, as a mail program does it: a POST without cookies
        HttpResponse<String> stopped = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + found.group(1)))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stopped.statusCode(), stopped.body());
        assertFalse(api.get("api/me/notification-settings", author.token())
                .expect(200)
                .json()
                .getBoolean("emailReplies"));

        long second = api.reply(replier.token(), update, null, "And a second thought.")
                .getJsonNumber("id")
                .longValue();
        awaitNotification(api, author.token(), "/p/" + second);
        Thread.sleep(4000); // the outbox is delivered every 2 seconds
        assertEquals(
                1,
                SMTP.to(author.email()).stream()
                        .filter(m -> m.subject().equals(subject))
                        .count());

        // a wrong key is refused, and the setting can be turned on again
        assertEquals(
                "key",
                api.post("api/unsubscribe?key=not-a-key", null, Json.createObjectBuilder())
                        .expect(400)
                        .field());
        api.put(
                        "api/me/notification-settings",
                        author.token(),
                        Json.createObjectBuilder().add("emailReplies", true))
                .expect(200);
    }

    @Test
    void noEmailAboutAPostTheMemberCanNoLongerRead() throws Exception {
        ApiClient api = new ApiClient(base);
        Account owner = confirmed("Private Mail Owner");
        Account colleague = confirmed("Private Mail Colleague");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Private mail circle"), "PRIVATE", "INVITE");
        api.invite(owner.token(), slug, colleague.id()).expect(200);
        api.join(colleague.token(), slug).expect(200);
        long update = api.startDiscussion(colleague.token(), slug, "Secret audit", "Our audit so far.")
                .getJsonNumber("id")
                .longValue();
        api.delete("api/groups/" + slug + "/members/" + colleague.id(), owner.token())
                .expect(204);
        long reply = api.reply(owner.token(), update, null, "Confidential reply after you left.")
                .getJsonNumber("id")
                .longValue();
        // a later reply elsewhere that does reach the colleague shows the notifier has passed this one
        String other = api.createGroup(owner.token(), SampleMembers.unique("Open mail circle"), "PUBLIC", "OPEN");
        api.join(colleague.token(), other).expect(200);
        long open = api.startDiscussion(colleague.token(), other, "Open question", "Anyone?")
                .getJsonNumber("id")
                .longValue();
        long answer =
                api.reply(owner.token(), open, null, "Yes.").getJsonNumber("id").longValue();
        awaitNotification(api, colleague.token(), "/p/" + answer);
        SMTP.awaitMail(colleague.email(), "Private Mail Owner replied to your post in “Open question”");
        Thread.sleep(3000);
        assertTrue(
                SMTP.to(colleague.email()).stream()
                        .noneMatch(m ->
                                m.subject().contains("Secret audit") || m.body().contains("Confidential")),
                "nothing about the private group: " + SMTP.to(colleague.email()));
        assertTrue(
                !api.get("api/notifications", colleague.token())
                        .expect(200)
                        .text()
                        .contains("/p/" + reply),
                "no notification either");
    }

    private static void awaitNotification(ApiClient api, String token, String url) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (api.get("api/notifications", token).expect(200).text().contains("\"" + url + "\"")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no notification linking to " + url);
    }
}
