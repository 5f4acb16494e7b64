package org.qicommons.project;

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
import org.qicommons.testing.Deployments;
import org.qicommons.testing.SampleMembers;

/**
 * A project's update stream: the team posts updates, whoever reads the project (not only through a
 * share) replies, and the project's audience decides who reads them on every path (the stream, the
 * thread, a post, search), also after the project's reach changes or it is shared.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectUpdatesIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static JsonObjectBuilder project(String title, String reach) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Interpreters at admission in our care homes.")
                .add("aim", "Book an interpreter for every admission that needs one by June")
                .add("setting", "CARE_HOMES")
                .add("stage", "TESTING")
                .add("reach", reach);
    }

    private static JsonObjectBuilder update(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("body", body);
    }

    @Test
    void theTeamPostsUpdatesAndReadersReplyInAThreadLikeAGroupsDiscussion() {
        ApiClient api = new ApiClient(base);
        Account lead = api.signUp(SampleMembers.named("Update Lead", "Home manager"), null);
        Account reader = api.signUp(SampleMembers.named("Update Reader", "Matron"), null);
        long id = api.post("api/projects", lead.token(), project(SampleMembers.unique("Night admissions"), "MEMBERS"))
                .expect(201)
                .id();

        ApiClient.Reply posted = api.post(
                        "api/projects/" + id + "/updates",
                        lead.token(),
                        update("First three weeks", "Nine of eleven admissions had an interpreter."))
                .expect(201);
        JsonObject thread = posted.json();
        long update = thread.getJsonNumber("id").longValue();
        assertTrue(posted.header("Location").endsWith("/api/discussions/" + update), posted.header("Location"));
        assertEquals(id, thread.getJsonObject("project").getJsonNumber("id").longValue());
        assertTrue(thread.getJsonObject("project").getString("title").startsWith("Night admissions"));
        assertTrue(thread.isNull("group"), thread.toString());

        // anyone who reads the project replies, in threads; only the team posts updates
        long answer = api.reply(reader.token(), update, null, "How did you manage the night ones?")
                .getJsonNumber("id")
                .longValue();
        api.reply(lead.token(), update, answer, "A card in the handover folder.");
        ApiClient.Reply refused = api.post(
                        "api/projects/" + id + "/updates", reader.token(), update("Mine", "Not on the team."))
                .expect(403);
        assertTrue(refused.text().contains("team"), refused.text());

        JsonObject stream = api.get("api/projects/" + id + "/updates", reader.token())
                .expect(200)
                .json();
        JsonObject item = stream.getJsonArray("items").getJsonObject(0);
        assertEquals(update, item.getJsonNumber("id").longValue());
        assertEquals(2, item.getInt("replyCount"));
        assertEquals(id, item.getJsonObject("project").getJsonNumber("id").longValue());
        List<Integer> depths = api.thread(reader.token(), update).getJsonArray("posts").stream()
                .map(post -> post.asJsonObject().getInt("depth"))
                .toList();
        assertEquals(List.of(0, 1, 2), depths);

        // bad input is refused on the field, and nothing is posted
        assertEquals(
                "body",
                api.post("api/projects/" + id + "/updates", lead.token(), update("Empty", " "))
                        .expect(400)
                        .field());
        assertEquals(
                "title",
                api.post("api/projects/" + id + "/updates", lead.token(), update("x".repeat(301), "Text"))
                        .expect(400)
                        .field());
        assertEquals(
                1,
                api.get("api/projects/" + id + "/updates", lead.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .size());
        api.get("api/projects/987654321/updates", lead.token()).expect(404);
        api.post("api/projects/987654321/updates", lead.token(), update("Lost", "No such project."))
                .expect(404);
    }

    @Test
    void whoReadsAProjectsUpdatesIsWhoReadsTheProjectOnEveryPath() {
        ApiClient api = new ApiClient(base);
        Account lead = api.signUp(SampleMembers.named("Stream Lead", "Lead"), null);
        Account team = api.signUp(SampleMembers.named("Stream Team", "Nurse"), null);
        Account groupMember = api.signUp(SampleMembers.named("Stream Group Member", "Nurse"), null);
        Account signedIn = api.signUp(SampleMembers.named("Stream Member", "Analyst"), null);
        String slug = api.createGroup(lead.token(), SampleMembers.unique("Stream circle"), "PRIVATE", "INVITE");
        long groupId = api.get("api/groups/" + slug, lead.token()).expect(200).id();
        api.invite(lead.token(), slug, groupMember.id()).expect(200);
        api.join(groupMember.token(), slug).expect(200);
        String word = "pangolin" + System.nanoTime() % 100000;

        Map<String, Long> updates = new LinkedHashMap<>();
        Map<String, Long> projects = new LinkedHashMap<>();
        for (String reach : List.of("PUBLIC", "MEMBERS", "GROUP", "TEAM")) {
            JsonObjectBuilder body = project("Stream " + reach, reach);
            if (reach.equals("GROUP")) {
                body.add("groupId", groupId);
            }
            long id = api.post("api/projects", lead.token(), body).expect(201).id();
            api.post(
                            "api/projects/" + id + "/team",
                            lead.token(),
                            Json.createObjectBuilder().add("memberId", team.id()))
                    .expect(200);
            projects.put(reach, id);
            updates.put(
                    reach,
                    api.post(
                                    "api/projects/" + id + "/updates",
                                    team.token(),
                                    update(word + " " + reach, "What we learned about " + word + "."))
                            .expect(201)
                            .json()
                            .getJsonNumber("id")
                            .longValue());
        }
        Map<String, String> viewers = new LinkedHashMap<>();
        viewers.put("anonymous", null);
        viewers.put("member", signedIn.token());
        viewers.put("group member", groupMember.token());
        viewers.put("team member", team.token());
        Map<String, Set<String>> expected = Map.of(
                "anonymous", Set.of("PUBLIC"),
                "member", Set.of("PUBLIC", "MEMBERS"),
                "group member", Set.of("PUBLIC", "MEMBERS", "GROUP"),
                "team member", Set.of("PUBLIC", "MEMBERS", "GROUP", "TEAM"));
        List<String> wrong = new ArrayList<>();
        viewers.forEach((who, token) -> {
            Set<Long> found = searched(api, token, word);
            projects.forEach((reach, id) -> {
                boolean may = expected.get(who).contains(reach);
                long update = updates.get(reach);
                check(
                        wrong,
                        who + " stream " + reach,
                        may ? 200 : 404,
                        api.get("api/projects/" + id + "/updates", token));
                check(wrong, who + " thread " + reach, may ? 200 : 404, api.get("api/discussions/" + update, token));
                check(
                        wrong,
                        who + " similar " + reach,
                        may ? 200 : 404,
                        api.get("api/discussions/" + update + "/similar", token));
                if (found.contains(update) != may) {
                    wrong.add(who + " search " + reach + ": " + found.contains(update));
                }
                if (token != null) {
                    check(
                            wrong,
                            who + " reply " + reach,
                            may ? 201 : 404,
                            api.post(
                                    "api/discussions/" + update + "/posts",
                                    token,
                                    Json.createObjectBuilder().add("body", who + " replies about " + word)));
                    check(
                            wrong,
                            who + " post update " + reach,
                            who.equals("team member") ? 201 : may ? 403 : 404,
                            api.post(
                                    "api/projects/" + id + "/updates",
                                    token,
                                    update(who + " " + reach, "Another " + reach)));
                }
            });
        });
        assertEquals(List.of(), wrong);

        // the project closes to its team: its updates close with it, in search too
        long members = projects.get("MEMBERS");
        api.patch(
                        "api/projects/" + members,
                        lead.token(),
                        Json.createObjectBuilder().add("reach", "TEAM"))
                .expect(200);
        api.get("api/discussions/" + updates.get("MEMBERS"), signedIn.token()).expect(404);
        api.get("api/projects/" + members + "/updates", signedIn.token()).expect(404);
        assertFalse(searched(api, signedIn.token(), word).contains(updates.get("MEMBERS")));
        assertTrue(searched(api, team.token(), word).contains(updates.get("MEMBERS")));
    }

    @Test
    void aProjectSharedWithAnOrganisationIsReadWithItsUpdatesButNotRepliedTo() {
        ApiClient api = new ApiClient(base);
        Account admin = api.siteAdministrator();
        long regulator = api.createOrganisation(SampleMembers.unique("Stream Inspectorate"), "REGULATOR", "England");
        api.put(
                        "api/admin/organisations/" + regulator + "/verification",
                        admin.token(),
                        Json.createObjectBuilder().add("verified", true).add("reason", "Checked the register"))
                .expect(200);
        Account lead = api.signUp(SampleMembers.named("Shared Stream Lead", "Lead"), null);
        Account inspector = api.signUp(SampleMembers.named("Stream Inspector", "Inspector"), regulator);
        String word = "okapi" + System.nanoTime() % 100000;
        long id = api.post("api/projects", lead.token(), project("Shared stream " + word, "TEAM"))
                .expect(201)
                .id();
        long update = api.post(
                        "api/projects/" + id + "/updates",
                        lead.token(),
                        update("Cycle two " + word, "The " + word + " data."))
                .expect(201)
                .json()
                .getJsonNumber("id")
                .longValue();
        api.get("api/discussions/" + update, inspector.token()).expect(404);
        assertFalse(searched(api, inspector.token(), word).contains(update));

        api.post(
                        "api/shares",
                        lead.token(),
                        Json.createObjectBuilder()
                                .add("itemKind", "PROJECT")
                                .add("itemId", id)
                                .add("organisationId", regulator)
                                .add("reason", "For our inspection"))
                .expect(201);
        api.get("api/discussions/" + update, inspector.token()).expect(200);
        api.get("api/projects/" + id + "/updates", inspector.token()).expect(200);
        assertTrue(searched(api, inspector.token(), word).contains(update));
        ApiClient.Reply reply = api.post(
                        "api/discussions/" + update + "/posts",
                        inspector.token(),
                        Json.createObjectBuilder().add("body", "A question from the inspector."))
                .expect(403);
        assertTrue(reply.text().contains("shared with your organisation"), reply.text());
        // an update is shared with its project, not on its own
        assertEquals(
                "itemId",
                api.post(
                                "api/shares",
                                lead.token(),
                                Json.createObjectBuilder()
                                        .add("itemKind", "DISCUSSION")
                                        .add("itemId", update)
                                        .add("organisationId", regulator)
                                        .add("reason", "Just this one"))
                        .expect(400)
                        .field());
    }

    private static void check(List<String> wrong, String what, int expected, ApiClient.Reply reply) {
        if (reply.status() != expected) {
            wrong.add(what + ": " + reply.status());
        }
    }

    private static Set<Long> searched(ApiClient api, String token, String word) {
        return api
                .get("api/search?type=DISCUSSION&size=50&q=" + word, token)
                .expect(200)
                .json()
                .getJsonArray("hits")
                .stream()
                .map(JsonValue::asJsonObject)
                .map(hit -> hit.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }
}
