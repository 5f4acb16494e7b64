package org.qicommons.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.SampleMembers;

/**
 * Notifications through the API: made from the change log within seconds, for the right people, at
 * the level they chose, and shown (listed, counted, opened) only while the recipient may read what
 * they are about.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {
    /** How long the notifier may take to read a change (it runs every second). */
    private static final Duration SOON = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private ApiClient api() {
        return new ApiClient(base);
    }

    private Account member(String name) {
        return api().signUp(SampleMembers.named(name, "Improvement advisor"), null);
    }

    @Test
    void aReplyReachesTheAuthorOfThePostItAnswersWithALinkToIt() {
        ApiClient api = api();
        Account author = member("Notified Author");
        Account replier = member("Late Replier");
        String slug = api.createGroup(author.token(), SampleMembers.unique("Open circle"), "PUBLIC", "OPEN");
        api.join(replier.token(), slug).expect(200);
        long update = id(api.startDiscussion(author.token(), slug, "Night admissions", "What works at night?"));
        long reply = id(api.reply(replier.token(), update, null, "Sorry, just seeing this: a card in the folder."));

        JsonObject note = waitFor(api, author.token(), n -> n.getString("url").equals("/p/" + reply));
        assertEquals("REPLY_TO_YOU", note.getString("reason"));
        assertEquals("Late Replier replied to your post in “Night admissions”", note.getString("text"));
        assertTrue(note.getString("snippet").startsWith("Sorry, just seeing this"), note.toString());
        assertEquals(
                replier.id(), note.getJsonObject("actor").getJsonNumber("id").longValue());
        assertEquals(1, unread(api, author.token()));
        // the replier follows the discussion now; their own reply told them nothing
        assertEquals(
                "EVERYTHING",
                api.get("api/follows/discussions/" + update, replier.token())
                        .expect(200)
                        .json()
                        .getString("level"));
        assertEquals(0, unread(api, replier.token()));

        // the author answers: the replier hears of it as a reply to them
        long answer = id(api.reply(author.token(), update, reply, "Thank you! Could you share the card?"));
        waitFor(api, replier.token(), n -> n.getString("url").equals("/p/" + answer));

        api.post(
                        "api/notifications/read",
                        author.token(),
                        Json.createObjectBuilder().add("all", true))
                .expect(200);
        assertEquals(0, unread(api, author.token()));
        assertEquals(
                "ids",
                api.post("api/notifications/read", author.token(), Json.createObjectBuilder())
                        .expect(400)
                        .field());
        api.get("api/notifications", null).expect(403);
        api.get("api/me/unread", null).expect(403);
    }

    @Test
    void followersHearAtTheLevelTheyChoseAndMutingSilencesEvenReplies() {
        ApiClient api = api();
        Account owner = member("Group Owner");
        Account follower = member("Keen Follower");
        Account quiet = member("Quiet Member");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Followed circle"), "PUBLIC", "OPEN");
        long groupId = api.get("api/groups/" + slug, owner.token()).expect(200).id();
        api.join(follower.token(), slug).expect(200);
        api.join(quiet.token(), slug).expect(200);
        api.put("api/follows/groups/" + groupId, follower.token(), level("EVERYTHING"))
                .expect(200);
        assertEquals(
                "level",
                api.put("api/follows/groups/" + groupId, follower.token(), level("LOUD"))
                        .expect(400)
                        .field());

        long update = id(api.startDiscussion(owner.token(), slug, "Huddle times", "When do your huddles run?"));
        JsonObject told =
                waitFor(api, follower.token(), n -> n.getString("reason").equals("NEW_DISCUSSION_IN_GROUP"));
        assertTrue(told.getString("text").startsWith("Group Owner posted an update in "), told.toString());

        // the quiet member replies (and so follows), then mutes the discussion: a reply to them says nothing
        long quietReply = id(api.reply(quiet.token(), update, null, "Ours are at 9."));
        api.put("api/follows/discussions/" + update, quiet.token(), level("MUTED"))
                .expect(200);
        long answer = id(api.reply(owner.token(), update, quietReply, "Thanks, ours too."));
        // the follower of the group follows the discussion only if they choose to; the owner (its author) does
        waitFor(api, owner.token(), n -> n.getString("url").equals("/p/" + quietReply));
        settle(api, answer);
        assertTrue(
                notifications(api, quiet.token()).stream()
                        .noneMatch(n -> n.getString("url").equals("/p/" + answer)),
                "muted");
    }

    @Test
    void aNotificationIsShownOnlyWhileItsRecipientMayReadWhatItIsAbout() {
        ApiClient api = api();
        Account owner = member("Private Owner");
        Account colleague = member("Private Colleague");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Private circle"), "PRIVATE", "INVITE");
        api.invite(owner.token(), slug, colleague.id()).expect(200);
        api.join(colleague.token(), slug).expect(200);
        long update = id(api.startDiscussion(colleague.token(), slug, "Confidential audit", "Our audit so far."));
        long first = id(api.reply(owner.token(), update, null, "First reply, to be hidden."));
        long second = id(api.reply(owner.token(), update, null, "Second reply, stays."));
        waitFor(api, colleague.token(), n -> n.getString("url").equals("/p/" + second));
        waitFor(api, colleague.token(), n -> n.getString("url").equals("/p/" + first));
        assertEquals(2, unread(api, colleague.token()));

        // a hidden post's notification goes from the list and the count
        api.post(
                        "api/moderation/actions",
                        owner.token(),
                        Json.createObjectBuilder()
                                .add("action", "HIDE")
                                .add("postId", first)
                                .add("reason", "Patient details"))
                .expect(204);
        List<JsonObject> shown = notifications(api, colleague.token());
        assertTrue(shown.stream().noneMatch(n -> n.getString("url").equals("/p/" + first)), shown.toString());
        assertEquals(1, unread(api, colleague.token()));

        // after leaving the group: nothing about it, not even its title, and opening one is not found
        long kept = shown.stream()
                .filter(n -> n.getString("url").equals("/p/" + second))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        api.delete("api/groups/" + slug + "/members/me", colleague.token()).expect(204);
        JsonObject page =
                api.get("api/notifications", colleague.token()).expect(200).json();
        assertTrue(page.getJsonArray("items").isEmpty(), page.toString());
        assertTrue(!page.toString().contains("Confidential audit"), page.toString());
        assertEquals(0, page.getInt("unread"));
        assertEquals(0, unread(api, colleague.token()));
        assertEquals(
                404,
                api.get("notification/open.xhtml?id=" + kept, colleague.token()).status());

        // nor can they follow what they cannot read
        api.put("api/follows/discussions/" + update, colleague.token(), level("EVERYTHING"))
                .expect(404);
        api.put("api/follows/groups/987654321", colleague.token(), level("EVERYTHING"))
                .expect(404);
    }

    @Test
    void aMentionTellsTheMemberOnlyIfTheyMayReadThePost() {
        ApiClient api = api();
        Account author = member("Mention Author");
        Account named = member("Named Member");
        Account outsider = member("Outside Member");
        String open = api.createGroup(author.token(), SampleMembers.unique("Mention circle"), "PUBLIC", "OPEN");
        String closed = api.createGroup(author.token(), SampleMembers.unique("Closed mention"), "PRIVATE", "INVITE");
        api.join(outsider.token(), open).expect(200);
        long update = id(api.startDiscussion(
                author.token(),
                open,
                "Interpreters",
                "[@Named Member](/member/view.xhtml?id=" + named.id() + ") might know: who books them at night?"));
        JsonObject told = waitFor(api, named.token(), n -> n.getString("reason").equals("MENTION"));
        assertEquals("Mention Author mentioned you in “Interpreters”", told.getString("text"));
        assertTrue(told.getString("url").startsWith("/p/"), told.toString());
        // in a group the outsider cannot read, the mention tells them nothing
        long secret = id(api.startDiscussion(
                author.token(),
                closed,
                "Closed",
                "Ask [@Outside Member](/member/view.xhtml?id=" + outsider.id() + ") about it."));
        long reply = id(api.reply(outsider.token(), update, null, "We use a card at night."));
        waitFor(api, author.token(), n -> n.getString("url").equals("/p/" + reply));
        assertTrue(
                notifications(api, outsider.token()).stream()
                        .noneMatch(n -> n.getString("reason").equals("MENTION")),
                "mentioned in " + secret + " which they cannot read");
    }

    @Test
    void aRequestToJoinReachesTheGroupsOwners() {
        ApiClient api = api();
        Account owner = member("Request Owner");
        Account asking = member("Asking Member");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Request circle"), "PUBLIC", "REQUEST");
        api.join(asking.token(), slug).expect(200);
        JsonObject note = waitFor(api, owner.token(), n -> n.getString("reason").equals("JOIN_REQUEST"));
        assertTrue(note.getString("text").startsWith("Asking Member asked to join "), note.toString());
        assertEquals("/group/members.xhtml?slug=" + slug + "#requests", note.getString("url"));
    }

    // ---- helpers ----

    private static jakarta.json.JsonObjectBuilder level(String level) {
        return Json.createObjectBuilder().add("level", level);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static int unread(ApiClient api, String token) {
        return api.get("api/me/unread", token).expect(200).json().getInt("notifications");
    }

    private static List<JsonObject> notifications(ApiClient api, String token) {
        return api.get("api/notifications?size=100", token).expect(200).json().getJsonArray("items").stream()
                .map(value -> value.asJsonObject())
                .toList();
    }

    /** The first notification that matches, once the notifier has made it. */
    private static JsonObject waitFor(ApiClient api, String token, Predicate<JsonObject> wanted) {
        Instant until = Instant.now().plus(SOON);
        while (true) {
            var found = notifications(api, token).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("no such notification within " + SOON + ": " + notifications(api, token));
            }
            pause();
        }
    }

    /**
     * Waits until the notifier has read past the post: a marker reply's notification to its own
     * parent's author arrives after everything written before it.
     */
    private void settle(ApiClient api, long afterPost) {
        Account marker = member("Marker Author");
        Account other = member("Marker Replier");
        String slug = api.createGroup(marker.token(), SampleMembers.unique("Marker circle"), "PUBLIC", "OPEN");
        api.join(other.token(), slug).expect(200);
        long update = id(api.startDiscussion(marker.token(), slug, null, "Marker " + afterPost));
        long reply = id(api.reply(other.token(), update, null, "Marker reply"));
        waitFor(api, marker.token(), n -> n.getString("url").equals("/p/" + reply));
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
