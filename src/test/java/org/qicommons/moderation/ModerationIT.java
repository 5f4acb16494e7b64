package org.qicommons.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.ApiClient.Reply;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.ModeratedGroup;
import org.qicommons.testing.SampleMembers;

/**
 * Flags, the moderation queue and moderators' actions through the HTTP API of a real Payara, with
 * the audit trail each leaves, and the same 404-for-outsiders rule as every other read.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private ApiClient api() {
        return new ApiClient(base);
    }

    private ModeratedGroup scene(ApiClient api, String visibility) {
        return ModeratedGroup.create(api, visibility);
    }

    @Test
    void threeFlagsFromDifferentMembersHideAPostUntilAModeratorRestoresIt() {
        ApiClient api = api();
        ModeratedGroup scene = scene(api, "PUBLIC");
        Account outsider = api.signUp(SampleMembers.named("Outsider", null), null);

        assertEquals(403, flag(api, null, scene.post(), "SPAM", null).status(), "visitors sign in first");
        Reply own = flag(api, scene.author().token(), scene.post(), "SPAM", null);
        assertEquals(400, own.status());
        assertEquals("postId", own.field());
        Reply noNote = flag(api, scene.readers().get(0).token(), scene.post(), "OTHER", " ");
        assertEquals(400, noNote.status());
        assertEquals("note", noNote.field());
        Reply badReason = flag(api, scene.readers().get(0).token(), scene.post(), "BORING", null);
        assertEquals("reason", badReason.field());
        assertEquals(
                404, flag(api, outsider.token(), 999_999_999L, "SPAM", null).status());

        assertEquals(
                201,
                flag(api, scene.readers().get(0).token(), scene.post(), "SPAM", "Advert")
                        .status());
        Reply twice = flag(api, scene.readers().get(0).token(), scene.post(), "OFFENSIVE", null);
        assertEquals(409, twice.status(), "one flag per member");
        assertEquals(
                201,
                flag(api, scene.readers().get(1).token(), scene.post(), "SPAM", null)
                        .status());
        assertFalse(postOf(api, scene.readers().get(2).token(), scene).getBoolean("hidden"), "two flags: still shown");
        assertEquals(
                201,
                flag(api, scene.readers().get(2).token(), scene.post(), "OTHER", "Looks like a scam")
                        .status());
        assertTrue(postOf(api, scene.owner().token(), scene).getBoolean("hidden"), "three flags: hidden for review");

        // the group's owner finds it in their queue; a member who moderates nothing has no queue
        assertEquals(
                403,
                api.get("api/moderation/queue", scene.readers().get(0).token()).status());
        JsonObject item = queued(api, scene.owner().token(), scene.post());
        assertEquals(3, item.getJsonArray("flags").size());
        assertTrue(item.getBoolean("hidden"));
        assertEquals(scene.slug(), item.getString("groupSlug"));
        Account otherOwner = api.signUp(SampleMembers.named("Other owner", null), null);
        api.createGroup(otherOwner.token(), SampleMembers.unique("Other group"), "PUBLIC", "OPEN");
        assertEquals(null, queuedOrNull(api, otherOwner.token(), scene.post()), "only the group's own moderators");

        Reply notModerator = act(api, scene.readers().get(0).token(), "RESTORE", "postId", scene.post(), null);
        assertEquals(403, notModerator.status());
        assertEquals(
                204,
                act(api, scene.owner().token(), "RESTORE", "postId", scene.post(), "Not spam: a real link")
                        .status());
        assertFalse(postOf(api, scene.readers().get(0).token(), scene).getBoolean("hidden"));
        assertEquals(null, queuedOrNull(api, scene.owner().token(), scene.post()), "the flags are dismissed");

        Account admin = api.siteAdministrator();
        List<String> trail = audit(api, admin, "targetId", scene.post());
        assertTrue(trail.contains("AUTO_HIDE_POST"), trail.toString());
        assertTrue(trail.contains("RESTORE_POST"), trail.toString());
    }

    @Test
    void siteModeratorsSeeFlagsInEveryGroupWhileOutsidersCannotFlagWhatTheyCannotRead() {
        ApiClient api = api();
        ModeratedGroup scene = scene(api, "PRIVATE");
        Account outsider = api.signUp(SampleMembers.named("Private outsider", null), null);
        assertEquals(
                404, flag(api, outsider.token(), scene.post(), "SPAM", null).status(), "like a missing post");
        assertEquals(
                404,
                act(api, outsider.token(), "HIDE", "postId", scene.post(), null).status());

        flag(api, scene.readers().get(0).token(), scene.post(), "PATIENT_INFORMATION", "Names a resident")
                .expect(201);
        Account admin = api.siteAdministrator();
        Account moderator = api.signUp(SampleMembers.named("Site moderator", "Community manager"), null);
        api.put(
                        "api/admin/members/" + moderator.id() + "/roles",
                        admin.token(),
                        Json.createObjectBuilder()
                                .add("roles", Json.createArrayBuilder().add("MODERATOR")))
                .expect(200);
        JsonObject item = queued(api, moderator.token(), scene.post());
        assertEquals(
                "PATIENT_INFORMATION",
                item.getJsonArray("flags").getJsonObject(0).getString("reason"));
        assertEquals(
                204,
                act(api, moderator.token(), "HIDE", "postId", scene.post(), "Patient identifiable")
                        .status());
        assertTrue(postOf(api, scene.owner().token(), scene).getBoolean("hidden"));
        JsonObject hidden = queued(api, moderator.token(), scene.post());
        assertTrue(hidden.getJsonArray("flags").isEmpty(), "the flag is upheld");
        assertTrue(hidden.getBoolean("hidden"), "listed as hidden, so site staff can show it again");
        assertTrue(audit(api, admin, "actor", moderator.id()).contains("HIDE_POST"));
        // a site moderator reads no private group's thread, so the queue is where a hide is undone
        act(api, moderator.token(), "RESTORE", "postId", scene.post(), "Hidden by mistake")
                .expect(204);
        assertFalse(postOf(api, scene.owner().token(), scene).getBoolean("hidden"));
        assertEquals(null, queuedOrNull(api, moderator.token(), scene.post()), "nothing left to decide");
    }

    @Test
    void aLockedDiscussionTakesRepliesOnlyFromModeratorsAndAMovedOneFollowsItsNewGroup() {
        ApiClient api = api();
        ModeratedGroup scene = scene(api, "PUBLIC");
        Reply refused = act(api, scene.author().token(), "LOCK", "discussionId", scene.discussion(), null);
        assertEquals(403, refused.status());
        assertEquals(
                204,
                act(api, scene.owner().token(), "LOCK", "discussionId", scene.discussion(), "Heated")
                        .status());
        assertTrue(api.thread(null, scene.discussion()).getBoolean("locked"));
        Reply locked = api.post(
                "api/discussions/" + scene.discussion() + "/posts",
                scene.readers().get(0).token(),
                Json.createObjectBuilder().add("body", "Let me just add one thing"));
        assertEquals(403, locked.status(), locked::toString);
        assertTrue(locked.json().getString("detail").contains("locked"));
        // frozen as it was: its author neither edits nor deletes their post
        assertEquals(
                403,
                api.patch(
                                "api/posts/" + scene.post(),
                                scene.author().token(),
                                Json.createObjectBuilder().add("body", "Edited after the lock"))
                        .status());
        assertEquals(
                403,
                api.delete("api/posts/" + scene.post(), scene.author().token()).status());
        api.reply(scene.owner().token(), scene.discussion(), null, "Locked while we calm down, thanks all.");
        act(api, scene.owner().token(), "UNLOCK", "discussionId", scene.discussion(), null)
                .expect(204);
        api.reply(scene.readers().get(0).token(), scene.discussion(), null, "Thanks for reopening it.");

        String elsewhere =
                api.createGroup(scene.owner().token(), SampleMembers.unique("Better home"), "PUBLIC", "OPEN");
        Account stranger = api.signUp(SampleMembers.named("Stranger owner", null), null);
        String notTheirs = api.createGroup(stranger.token(), SampleMembers.unique("Not theirs"), "PUBLIC", "OPEN");
        Reply notModerated = move(api, scene.owner().token(), scene.discussion(), notTheirs);
        assertEquals(403, notModerated.status());
        Reply unknown = move(api, scene.owner().token(), scene.discussion(), "no-such-group-" + scene.post());
        assertEquals(400, unknown.status());
        assertEquals("groupSlug", unknown.field());
        move(api, scene.owner().token(), scene.discussion(), elsewhere).expect(204);
        assertEquals(
                elsewhere,
                api.thread(null, scene.discussion()).getJsonObject("group").getString("slug"));
    }

    @Test
    void aSuspendedMemberReadsButCannotWriteUntilTheSuspensionIsLifted() {
        ApiClient api = api();
        ModeratedGroup scene = scene(api, "PUBLIC");
        Account admin = api.siteAdministrator();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

        Reply groupOwner = suspend(api, scene.owner().token(), scene.author().id(), tomorrow, "Spam");
        assertEquals(403, groupOwner.status(), "a group's owner does not suspend site members");
        assertEquals(
                "reason",
                suspend(api, admin.token(), scene.author().id(), tomorrow, null).field());
        assertEquals(
                "until",
                suspend(api, admin.token(), scene.author().id(), "2001-01-01", "Spam")
                        .field());
        assertEquals(
                "until",
                suspend(api, admin.token(), scene.author().id(), "soon", "Spam").field());
        assertEquals(
                "until",
                suspend(api, admin.token(), scene.author().id(), "+999999999-12-31", "Spam")
                        .field());
        assertEquals(
                204,
                suspend(api, admin.token(), scene.author().id(), tomorrow, "Repeated advertising")
                        .status());

        Reply blocked = api.post(
                "api/discussions/" + scene.discussion() + "/posts",
                scene.author().token(),
                Json.createObjectBuilder().add("body", "Still selling watches"));
        assertEquals(403, blocked.status());
        String ukTime = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK)
                .format(LocalDate.parse(tomorrow)
                        .atStartOfDay(ZoneOffset.UTC)
                        .withZoneSameInstant(java.time.ZoneId.of("Europe/London")));
        assertTrue(
                blocked.json().getString("detail").contains("suspended until " + ukTime + " (UK time)"),
                blocked::toString);
        assertEquals(
                200,
                api.get("api/discussions/" + scene.discussion(), scene.author().token())
                        .status());
        assertEquals(
                403,
                flag(api, scene.author().token(), openingOf(api, scene), "SPAM", null)
                        .status(),
                "flagging is writing too");

        act(api, admin.token(), "UNSUSPEND", "memberId", scene.author().id(), "Promised to stop")
                .expect(204);
        api.reply(scene.author().token(), scene.discussion(), null, "Sorry, that was my mistake.");
        List<String> trail = audit(api, admin, "targetId", scene.author().id());
        assertTrue(trail.containsAll(List.of("SUSPEND_MEMBER", "UNSUSPEND_MEMBER")), trail.toString());
    }

    @Test
    void removingAMemberFromAGroupLeavesATrail() {
        ApiClient api = api();
        ModeratedGroup scene = scene(api, "PUBLIC");
        api.delete(
                        "api/groups/" + scene.slug() + "/members/"
                                + scene.author().id(),
                        scene.owner().token())
                .expect(204);
        Account admin = api.siteAdministrator();
        JsonObject removal = api.get(
                        "api/admin/audit?action=REMOVE_GROUP_MEMBER&actor="
                                + scene.owner().id(),
                        admin.token())
                .expect(200)
                .json()
                .getJsonArray("events")
                .getJsonObject(0);
        assertEquals(scene.author().id(), removal.getJsonNumber("targetId").longValue());
        assertTrue(removal.getString("detail").startsWith("from Moderated group"), removal.toString());
    }

    // ---- steps ----

    private static Reply flag(ApiClient api, String token, long postId, String reason, String note) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("reason", reason);
        if (note != null) {
            body.add("note", note);
        }
        return api.post("api/posts/" + postId + "/flags", token, body);
    }

    private static Reply act(ApiClient api, String token, String action, String target, long id, String reason) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("action", action).add(target, id);
        if (reason != null) {
            body.add("reason", reason);
        }
        return api.post("api/moderation/actions", token, body);
    }

    private static Reply move(ApiClient api, String token, long discussion, String slug) {
        return api.post(
                "api/moderation/actions",
                token,
                Json.createObjectBuilder()
                        .add("action", "MOVE")
                        .add("discussionId", discussion)
                        .add("groupSlug", slug)
                        .add("reason", "Belongs there"));
    }

    private static Reply suspend(ApiClient api, String token, long memberId, String until, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("action", "SUSPEND")
                .add("memberId", memberId)
                .add("until", until);
        if (reason != null) {
            body.add("reason", reason);
        }
        return api.post("api/moderation/actions", token, body);
    }

    private static JsonObject postOf(ApiClient api, String token, ModeratedGroup scene) {
        return api.get("api/posts/" + scene.post(), token).expect(200).json();
    }

    private static long openingOf(ApiClient api, ModeratedGroup scene) {
        return api.thread(null, scene.discussion())
                .getJsonArray("posts")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject queued(ApiClient api, String token, long postId) {
        JsonObject item = queuedOrNull(api, token, postId);
        assertTrue(item != null, "post " + postId + " is in the queue");
        return item;
    }

    private static JsonObject queuedOrNull(ApiClient api, String token, long postId) {
        JsonArray queue = api.get("api/moderation/queue", token).expect(200).array();
        return queue.stream()
                .map(JsonValue::asJsonObject)
                .filter(item -> item.getJsonNumber("postId").longValue() == postId)
                .findFirst()
                .orElse(null);
    }

    /** The actions recorded about (or by) this id, newest first. */
    private static List<String> audit(ApiClient api, Account admin, String by, long id) {
        JsonArray events = api.get(
                        "api/admin/audit?size=100" + (by.equals("actor") ? "&actor=" + id : ""), admin.token())
                .expect(200)
                .json()
                .getJsonArray("events");
        return events.stream()
                .map(JsonValue::asJsonObject)
                .filter(event ->
                        by.equals("actor") || event.getJsonNumber("targetId").longValue() == id)
                .map(event -> event.getString("action"))
                .toList();
    }
}
