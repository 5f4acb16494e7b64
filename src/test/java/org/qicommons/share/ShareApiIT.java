package org.qicommons.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.qicommons.testing.SampleMembers;

/**
 * Sharing with consent through the API: the share matrix (before approval, after, after withdrawal;
 * a member of the organisation, of another organisation, of the group, anonymous) over the shared
 * discussion, its replies, its neighbour in the same group, the group, and search; projects shared the
 * same way; and every refusal.
 */
@ExtendWith(ArquillianExtension.class)
class ShareApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private record World(
            ApiClient api,
            Account author,
            Account groupMember,
            Account inspector,
            Account elsewhere,
            long regulator,
            long otherTrust,
            String slug,
            long shared,
            long reply,
            long neighbour,
            String word) {}

    private World world() {
        ApiClient api = new ApiClient(base);
        Account admin = api.siteAdministrator();
        long regulator = api.createOrganisation(SampleMembers.unique("Inspectorate"), "REGULATOR", "England");
        long otherTrust = api.createOrganisation(SampleMembers.unique("Hillside NHS Trust"), "NHS_TRUST", "London");
        for (long organisation : List.of(regulator, otherTrust)) {
            api.put(
                            "api/admin/organisations/" + organisation + "/verification",
                            admin.token(),
                            Json.createObjectBuilder().add("verified", true).add("reason", "Checked the register"))
                    .expect(200);
        }
        Account author = api.signUp(SampleMembers.named("Share Author", "Programme lead"), null);
        Account groupMember = api.signUp(SampleMembers.named("Share Colleague", "Nurse"), null);
        Account inspector = api.signUp(SampleMembers.named("Share Inspector", "Inspector"), regulator);
        Account elsewhere = api.signUp(SampleMembers.named("Share Elsewhere", "Analyst"), otherTrust);
        String slug = api.createGroup(author.token(), SampleMembers.unique("Closed network"), "PRIVATE", "INVITE");
        api.invite(author.token(), slug, groupMember.id()).expect(200);
        api.join(groupMember.token(), slug).expect(200);
        String word = "quokka" + System.nanoTime() % 1_000_000;
        JsonObject started = api.startDiscussion(
                author.token(), slug, "Equity work to share " + word, "Our " + word + " findings on interpreters.");
        long shared = started.getJsonNumber("id").longValue();
        long reply = api.reply(groupMember.token(), shared, null, "A reply about " + word + " too.")
                .getJsonNumber("id")
                .longValue();
        long neighbour = api.startDiscussion(
                        author.token(), slug, "Not for sharing " + word, "Internal " + word + " notes.")
                .getJsonNumber("id")
                .longValue();
        return new World(
                api,
                author,
                groupMember,
                inspector,
                elsewhere,
                regulator,
                otherTrust,
                slug,
                shared,
                reply,
                neighbour,
                word);
    }

    private static JsonObjectBuilder request(String kind, long item, long organisation, String reason) {
        return Json.createObjectBuilder()
                .add("itemKind", kind)
                .add("itemId", item)
                .add("organisationId", organisation)
                .add("reason", reason);
    }

    /** What each viewer can reach, as "what:status" lines: read through the API and found by search. */
    private static Map<String, List<String>> reach(World w) {
        Map<String, String> viewers = new LinkedHashMap<>();
        viewers.put("inspector", w.inspector().token());
        viewers.put("elsewhere", w.elsewhere().token());
        viewers.put("anonymous", null);
        viewers.put("group member", w.groupMember().token());
        Map<String, List<String>> reach = new LinkedHashMap<>();
        viewers.forEach((who, token) -> {
            ApiClient api = w.api();
            List<String> seen = new ArrayList<>();
            seen.add("discussion:"
                    + api.get("api/discussions/" + w.shared(), token).status());
            seen.add("reply:" + api.get("api/posts/" + w.reply(), token).status());
            seen.add("neighbour:"
                    + api.get("api/discussions/" + w.neighbour(), token).status());
            seen.add("group:" + api.get("api/groups/" + w.slug(), token).status());
            Set<String> found =
                    api.get("api/search?size=50&q=" + w.word(), token).expect(200).json().getJsonArray("hits").stream()
                            .map(JsonValue::asJsonObject)
                            .map(hit -> hit.getString("type") + ":"
                                    + hit.getJsonNumber("id").longValue())
                            .collect(Collectors.toSet());
            seen.add("found discussion:" + found.contains("DISCUSSION:" + w.shared()));
            seen.add("found reply:" + found.contains("REPLY:" + w.reply()));
            seen.add("found neighbour:" + found.contains("DISCUSSION:" + w.neighbour()));
            reach.put(who, seen);
        });
        return reach;
    }

    private static List<String> closed() {
        return List.of(
                "discussion:404",
                "reply:404",
                "neighbour:404",
                "group:404",
                "found discussion:false",
                "found reply:false",
                "found neighbour:false");
    }

    private static List<String> member() {
        return List.of(
                "discussion:200",
                "reply:200",
                "neighbour:200",
                "group:200",
                "found discussion:true",
                "found reply:true",
                "found neighbour:true");
    }

    private static List<String> sharedOnly() {
        return List.of(
                "discussion:200",
                "reply:200",
                "neighbour:404",
                "group:404",
                "found discussion:true",
                "found reply:true",
                "found neighbour:false");
    }

    @Test
    void aSharedDiscussionOpensToExactlyThatOrganisationUntilWithdrawn() {
        World w = world();
        ApiClient api = w.api();
        Map<String, List<String>> before =
                Map.of("inspector", closed(), "elsewhere", closed(), "anonymous", closed(), "group member", member());
        assertEquals(before, reach(w), "before anything is shared");

        // a group member asks; the author has not answered: nothing opens yet
        JsonObject asked = api.post(
                        "api/shares",
                        w.groupMember().token(),
                        request("DISCUSSION", w.shared(), w.regulator(), "The inspector asked how we measure equity"))
                .expect(201)
                .json();
        long share = asked.getJsonNumber("id").longValue();
        assertEquals("REQUESTED", asked.getString("status"));
        assertFalse(asked.getBoolean("canDecide"));
        assertEquals(before, reach(w), "while the request waits");
        assertEquals(
                List.of(share),
                api.get("api/shares/waiting", w.author().token()).expect(200).array().stream()
                        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                        .filter(id -> id == share)
                        .toList());
        assertEquals(
                0,
                api.get("api/shares/waiting", w.groupMember().token())
                        .expect(200)
                        .array()
                        .size());
        // only the author (or a group owner) answers
        assertEquals(
                403,
                api.put(
                                "api/shares/" + share,
                                w.groupMember().token(),
                                Json.createObjectBuilder().add("action", "APPROVE"))
                        .status());

        JsonObject approved = api.put(
                        "api/shares/" + share,
                        w.author().token(),
                        Json.createObjectBuilder().add("action", "approve").add("note", "Happy to share"))
                .expect(200)
                .json();
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals(w.author().id(), approved.getJsonNumber("decidedBy").longValue());
        Map<String, List<String>> open = Map.of(
                "inspector", sharedOnly(), "elsewhere", closed(), "anonymous", closed(), "group member", member());
        assertEquals(open, reach(w), "once approved");
        // reading is all a share gives: the inspector cannot reply
        assertEquals(
                403,
                api.post(
                                "api/discussions/" + w.shared() + "/posts",
                                w.inspector().token(),
                                Json.createObjectBuilder().add("body", "Thank you"))
                        .status());
        // the item says who it is shared with, to those who may read it
        List<JsonObject> listed = api.get(
                        "api/shares?itemKind=DISCUSSION&itemId=" + w.shared(),
                        w.inspector().token())
                .expect(200)
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, listed.size());
        assertEquals(
                w.regulator(),
                listed.get(0).getJsonObject("organisation").getJsonNumber("id").longValue());
        assertEquals(
                404,
                api.get(
                                "api/shares?itemKind=DISCUSSION&itemId=" + w.shared(),
                                w.elsewhere().token())
                        .status());

        JsonObject withdrawn = api.put(
                        "api/shares/" + share,
                        w.author().token(),
                        Json.createObjectBuilder().add("action", "WITHDRAW").add("reason", "The inspection is over"))
                .expect(200)
                .json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals("The inspection is over", withdrawn.getString("withdrawalReason"));
        assertEquals(before, reach(w), "after withdrawal");
        // the record stays, for those who may see every step
        assertEquals(
                List.of("WITHDRAWN"),
                api
                        .get(
                                "api/shares?itemKind=DISCUSSION&itemId=" + w.shared(),
                                w.author().token())
                        .expect(200)
                        .array()
                        .stream()
                        .map(v -> v.asJsonObject().getString("status"))
                        .toList());
    }

    @Test
    void anAuthorSharingTheirOwnItemApprovesItByAsking() {
        World w = world();
        JsonObject share = w.api()
                .post(
                        "api/shares",
                        w.author().token(),
                        request("DISCUSSION", w.shared(), w.otherTrust(), "For Hillside's equity lead"))
                .expect(201)
                .json();
        assertEquals("APPROVED", share.getString("status"));
        assertEquals(
                200,
                w.api()
                        .get("api/discussions/" + w.shared(), w.elsewhere().token())
                        .status());
        assertEquals(
                404,
                w.api()
                        .get("api/discussions/" + w.shared(), w.inspector().token())
                        .status());

        // a project of the team alone, shared by its lead
        long project = w.api()
                .post(
                        "api/projects",
                        w.author().token(),
                        Json.createObjectBuilder()
                                .add("title", "Team-only project " + w.word())
                                .add("summary", "Work in progress " + w.word())
                                .add("setting", "ACUTE")
                                .add("reach", "TEAM"))
                .expect(201)
                .id();
        assertEquals(
                404,
                w.api().get("api/projects/" + project, w.inspector().token()).status());
        w.api()
                .post(
                        "api/shares",
                        w.author().token(),
                        request("PROJECT", project, w.regulator(), "For the inspection"))
                .expect(201);
        assertEquals(
                200,
                w.api().get("api/projects/" + project, w.inspector().token()).status());
        assertEquals(
                404,
                w.api().get("api/projects/" + project, w.elsewhere().token()).status());
        // the inspector's Shared learning has the project; the discussion shared with Hillside is Hillside's
        JsonObject learning = w.api()
                .get("api/shared-learning", w.inspector().token())
                .expect(200)
                .json();
        assertTrue(learning.getJsonArray("items").stream()
                .anyMatch(item -> item.asJsonObject().getString("kind").equals("PROJECT")
                        && item.asJsonObject().getJsonNumber("id").longValue() == project
                        && item.asJsonObject().getBoolean("sharedWithYou")));
        assertFalse(learning.getJsonArray("items").stream()
                .anyMatch(item -> item.asJsonObject().getString("kind").equals("DISCUSSION")
                        && item.asJsonObject().getJsonNumber("id").longValue() == w.shared()));
        assertTrue(
                w
                        .api()
                        .get("api/shared-learning", w.elsewhere().token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .stream()
                        .anyMatch(item -> item.asJsonObject().getString("kind").equals("DISCUSSION")
                                && item.asJsonObject().getJsonNumber("id").longValue() == w.shared()));
        assertEquals(
                "from",
                w.api()
                        .get("api/shared-learning?from=2026-12-31&to=2026-01-01", null)
                        .expect(400)
                        .field());
        assertTrue(w
                .api()
                .get("api/projects?setting=ACUTE&size=100", w.inspector().token())
                .expect(200)
                .json()
                .getJsonArray("projects")
                .stream()
                .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == project));
        assertTrue(w
                .api()
                .get("api/search?type=PROJECT&q=" + w.word(), w.inspector().token())
                .expect(200)
                .json()
                .getJsonArray("hits")
                .stream()
                .anyMatch(hit -> hit.asJsonObject().getJsonNumber("id").longValue() == project));
        assertEquals(
                403,
                w.api()
                        .patch(
                                "api/projects/" + project,
                                w.inspector().token(),
                                Json.createObjectBuilder().add("title", "Changed by the inspector"))
                        .status());
    }

    @Test
    void aShareThatCannotBeIsRefusedSayingWhy() {
        World w = world();
        ApiClient api = w.api();
        long unverified =
                api.createOrganisation(SampleMembers.unique("Unverified council"), "LOCAL_AUTHORITY", "North");
        String open = api.createGroup(w.author().token(), SampleMembers.unique("Open group"), "PUBLIC", "OPEN");
        long publicDiscussion = api.startDiscussion(
                        w.author().token(), open, "Public already", "Everyone can read this.")
                .getJsonNumber("id")
                .longValue();
        record Case(String field, int status, String token, JsonObjectBuilder body) {}
        List<Case> cases = List.of(
                new Case(
                        "itemId", 400, w.author().token(), request("DISCUSSION", publicDiscussion, w.regulator(), "x")),
                new Case("organisationId", 400, w.author().token(), request("DISCUSSION", w.shared(), unverified, "x")),
                new Case("organisationId", 400, w.author().token(), request("DISCUSSION", w.shared(), 987654321L, "x")),
                new Case("reason", 400, w.author().token(), request("DISCUSSION", w.shared(), w.regulator(), " ")),
                new Case("itemKind", 400, w.author().token(), request("GROUP", w.shared(), w.regulator(), "x")),
                new Case(null, 404, w.elsewhere().token(), request("DISCUSSION", w.shared(), w.regulator(), "x")),
                new Case(null, 403, null, request("DISCUSSION", w.shared(), w.regulator(), "x")));
        for (Case c : cases) {
            Reply refused = api.post("api/shares", c.token(), c.body());
            assertEquals(c.status(), refused.status(), refused.text());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.text());
            if (c.field() != null) {
                assertEquals(c.field(), refused.field(), refused.text());
            }
        }
        long share = api.post(
                        "api/shares", w.groupMember().token(), request("DISCUSSION", w.shared(), w.regulator(), "x"))
                .expect(201)
                .id();
        // asking twice for the same organisation
        assertEquals(
                "organisationId",
                api.post("api/shares", w.author().token(), request("DISCUSSION", w.shared(), w.regulator(), "again"))
                        .expect(409)
                        .field());
        assertEquals(
                "action",
                api.put(
                                "api/shares/" + share,
                                w.author().token(),
                                Json.createObjectBuilder().add("action", "MAYBE"))
                        .expect(400)
                        .field());
        assertEquals(
                "reason",
                api.put(
                                "api/shares/" + share,
                                w.author().token(),
                                Json.createObjectBuilder().add("action", "WITHDRAW"))
                        .expect(400)
                        .field());
        api.put(
                        "api/shares/" + share,
                        w.author().token(),
                        Json.createObjectBuilder().add("action", "DECLINE"))
                .expect(200);
        assertEquals(
                "status",
                api.put(
                                "api/shares/" + share,
                                w.author().token(),
                                Json.createObjectBuilder().add("action", "APPROVE"))
                        .expect(409)
                        .field());
        // a share of an item someone may not read is not found, like the item
        assertEquals(404, api.get("api/shares/" + share, w.elsewhere().token()).status());
        assertEquals(404, api.get("api/shares/" + share, null).status());
    }
}
