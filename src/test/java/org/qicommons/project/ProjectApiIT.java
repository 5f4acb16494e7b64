package org.qicommons.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * QI projects through the REST API: a project's whole life (fields, stages, measures, change ideas,
 * PDSA cycles, team), every bad input, and who may read and change what, where the page-by-page
 * answer, the list (the policy's JPQL twin) and search (its index twin) must all agree.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private ApiClient api() {
        return new ApiClient(base);
    }

    private Account member(String name, Long organisationId) {
        return api().signUp(SampleMembers.named(name, "Improvement lead"), organisationId);
    }

    private static JsonObjectBuilder project(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Reducing falls at night in our care homes.")
                .add("aim", "Reduce falls at night by 30% by March 2027")
                .add("problem", "Residents whose first language is not English fall more often at night.")
                .add("setting", "CARE_HOMES")
                .add("stage", "PLANNING")
                .add("reach", "PUBLIC")
                .add("equityFocus", Json.createArrayBuilder().add("ETHNICITY").add("LANGUAGE"))
                .add("core20plus5", "HYPERTENSION")
                .add("tags", Json.createArrayBuilder().add("Falls").add(" night  care "));
    }

    @Test
    void aProjectIsRecordedWithItsStagesMeasuresCyclesAndTeam() {
        ApiClient api = api();
        long careHome = api.createOrganisation(SampleMembers.unique("Meadowbank Care Homes"), "CARE_HOME", "Yorkshire");
        long community = api.createOrganisation(
                SampleMembers.unique("Riverside Community Health"), "COMMUNITY_PROVIDER", "London");
        Account lead = member("Priya Shah", careHome);
        Account colleague = member("Tom Okafor", community);
        Account reader = member("Ada Reader", null);
        String title = SampleMembers.unique("Falls at night");

        Reply created = api.post("api/projects", lead.token(), project(title).add("stageSince", "2026-01-05"))
                .expect(201);
        long id = created.id();
        assertTrue(created.header("Location").endsWith("/api/projects/" + id), created.header("Location"));
        JsonObject json = created.json();
        assertEquals("PLANNING", json.getString("stage"));
        assertEquals("2026-01-05", json.getString("stageSince"));
        assertEquals(List.of("ETHNICITY", "LANGUAGE"), strings(json.getJsonArray("equityFocus")));
        assertEquals(List.of("falls", "night care"), strings(json.getJsonArray("tags")));
        assertEquals(lead.id(), json.getJsonObject("lead").getJsonNumber("id").longValue());
        assertEquals(
                careHome,
                json.getJsonArray("organisations")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertTrue(json.getBoolean("canChange"));
        assertFalse(
                api.get("api/projects/" + id, reader.token()).expect(200).json().getBoolean("canChange"));

        // a new stage is added to the history; the fields not sent keep their values
        JsonObject changed = api.patch(
                        "api/projects/" + id,
                        lead.token(),
                        Json.createObjectBuilder().add("stage", "TESTING").add("stageSince", "2026-02-02"))
                .expect(200)
                .json();
        assertEquals(title, changed.getString("title"));
        assertEquals("Reduce falls at night by 30% by March 2027", changed.getString("aim"));
        assertEquals(
                List.of("PLANNING 2026-01-05", "TESTING 2026-02-02"),
                changed.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                        .map(stage -> stage.getString("stage") + " " + stage.getString("since"))
                        .toList());
        // an optional text sent empty is cleared
        assertTrue(api.patch(
                        "api/projects/" + id,
                        lead.token(),
                        Json.createObjectBuilder().add("problem", ""))
                .expect(200)
                .json()
                .isNull("problem"));

        long measure = api.post(
                        "api/projects/" + id + "/measures",
                        lead.token(),
                        Json.createObjectBuilder()
                                .add("kind", "OUTCOME")
                                .add("name", "Falls at night per 1,000 occupied bed days")
                                .add("definition", "Falls between 22:00 and 06:00 from the incident log"))
                .expect(201)
                .id();
        api.patch(
                        "api/projects/" + id + "/measures/" + measure,
                        lead.token(),
                        Json.createObjectBuilder().add("kind", "PROCESS"))
                .expect(200);
        JsonArray measures =
                api.get("api/projects/" + id + "/measures", null).expect(200).array();
        assertEquals("PROCESS", measures.getJsonObject(0).getString("kind"));
        assertEquals(
                "Falls at night per 1,000 occupied bed days",
                measures.getJsonObject(0).getString("name"));

        api.post(
                        "api/projects/" + id + "/change-ideas",
                        lead.token(),
                        Json.createObjectBuilder().add("description", "Translated night-time call cards"))
                .expect(201);
        long cycle = api.post(
                        "api/projects/" + id + "/cycles",
                        lead.token(),
                        Json.createObjectBuilder()
                                .add("title", "Call cards on one unit")
                                .add("plan", "Give cards in the five most spoken languages to residents on Oak unit")
                                .add("prediction", "Fewer unassisted night-time walks")
                                .add("startedOn", "2026-02-02"))
                .expect(201)
                .id();
        JsonObject decided = api.patch(
                        "api/projects/" + id + "/cycles/" + cycle,
                        lead.token(),
                        Json.createObjectBuilder()
                                .add("study", "Two falls in four weeks against six")
                                .add("act", "adapt")
                                .add("endedOn", "2026-03-01"))
                .expect(200)
                .json();
        assertEquals("ADAPT", decided.getString("act"));
        assertEquals("Call cards on one unit", decided.getString("title"));

        // the team: a colleague from another organisation joins, and their organisation is involved
        JsonObject withTeam = api.post(
                        "api/projects/" + id + "/team",
                        lead.token(),
                        Json.createObjectBuilder().add("memberId", colleague.id()))
                .expect(200)
                .json();
        assertEquals(2, withTeam.getJsonArray("team").size());
        assertEquals(
                Set.of(careHome, community),
                withTeam.getJsonArray("organisations").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getJsonNumber("id").longValue())
                        .collect(Collectors.toSet()));
        // the colleague can now change it; a reader cannot (403), and the lead cannot be removed
        api.patch(
                        "api/projects/" + id,
                        colleague.token(),
                        Json.createObjectBuilder().add("learning", "Cards help."))
                .expect(200);
        assertEquals(
                403,
                api.patch(
                                "api/projects/" + id,
                                reader.token(),
                                Json.createObjectBuilder().add("title", "x"))
                        .status());
        assertEquals(
                "memberId",
                api.delete("api/projects/" + id + "/team/" + lead.id(), colleague.token())
                        .expect(400)
                        .field());
        api.delete("api/projects/" + id + "/team/me", colleague.token()).expect(200);
        assertEquals(
                403,
                api.patch(
                                "api/projects/" + id,
                                colleague.token(),
                                Json.createObjectBuilder().add("title", "x"))
                        .status());

        JsonObject full = api.get("api/projects/" + id, null).expect(200).json();
        assertEquals(1, full.getJsonArray("cycles").size());
        assertEquals(1, full.getJsonArray("changeIdeas").size());
        assertEquals("Cards help.", full.getString("learning"));

        // the list filters
        String tag = "tag=falls";
        assertTrue(listed(api, null, "setting=CARE_HOMES&stage=TESTING&equityFocus=LANGUAGE&" + tag)
                .contains(id));
        assertTrue(
                listed(api, null, "organisationType=COMMUNITY_PROVIDER&" + tag).contains(id));
        assertFalse(listed(api, null, "setting=ACUTE&" + tag).contains(id));
        assertFalse(listed(api, null, "equityFocus=AGE&" + tag).contains(id));
        assertFalse(listed(api, null, "tag=" + URLEncoder.encode("no such tag", StandardCharsets.UTF_8))
                .contains(id));

        // and search finds it by what it says, as a project
        JsonArray hits = api.get(
                        "api/search?type=PROJECT&q="
                                + URLEncoder.encode("translated call cards", StandardCharsets.UTF_8),
                        null)
                .expect(200)
                .json()
                .getJsonArray("hits");
        assertTrue(
                hits.getValuesAs(JsonObject.class).stream()
                        .anyMatch(hit -> hit.getJsonNumber("id").longValue() == id
                                && hit.getString("type").equals("PROJECT")
                                && hit.getString("url").endsWith("/project/view.xhtml?id=" + id)),
                hits.toString());

        // with facets for projects, which narrow the search (a tag of its own picks it out)
        String own = "own" + System.nanoTime() % 1_000_000;
        api.patch(
                        "api/projects/" + id,
                        lead.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "tags",
                                        Json.createArrayBuilder()
                                                .add("falls")
                                                .add("night care")
                                                .add(own)))
                .expect(200);
        String query = "api/search?type=PROJECT&tag=" + own;
        JsonObject facets = api.get(query, null).expect(200).json().getJsonObject("facets");
        assertEquals(Map.of("CARE_HOMES", "Care homes"), facetValues(facets, "setting"));
        assertEquals(Map.of("TESTING", "Testing changes"), facetValues(facets, "stage"));
        assertEquals(
                Map.of("ETHNICITY", "Ethnicity", "LANGUAGE", "Language and interpreting"),
                facetValues(facets, "equityFocus"));
        assertTrue(facetValues(facets, "tag").containsKey("night care"), facets.toString());
        assertTrue(searchedIds(api, query + "&setting=CARE_HOMES&equityFocus=LANGUAGE")
                .contains(id));
        assertFalse(searchedIds(api, query + "&setting=ACUTE").contains(id));
        assertFalse(searchedIds(api, query + "&equityFocus=AGE").contains(id));
    }

    private static Map<String, String> facetValues(JsonObject facets, String dimension) {
        Map<String, String> values = new java.util.HashMap<>();
        if (facets.containsKey(dimension)) {
            facets.getJsonArray(dimension)
                    .getValuesAs(JsonObject.class)
                    .forEach(count -> values.put(count.getString("value"), count.getString("label")));
        }
        return values;
    }

    private static Set<Long> searchedIds(ApiClient api, String query) {
        return api.get(query, null).expect(200).json().getJsonArray("hits").stream()
                .map(hit -> hit.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        ApiClient api = api();
        Account lead = member("Bad Input", null);
        Account outsider = member("Outsider", null);
        String hidden = api.createGroup(outsider.token(), SampleMembers.unique("Closed circle"), "PRIVATE", "INVITE");
        long hiddenId =
                api.get("api/groups/" + hidden, outsider.token()).expect(200).id();
        Map<String, JsonObjectBuilder> cases = new LinkedHashMap<>();
        cases.put("title", project("").add("title", " "));
        cases.put("summary", project("t").add("summary", ""));
        cases.put("setting", project("t").add("setting", "HOSPITAL"));
        cases.put("stage", project("t").add("stage", "DONE"));
        cases.put("stageSince", project("t").add("stageSince", "31/03/2026"));
        cases.put("reach", project("t").add("reach", "SECRET"));
        cases.put("groupId", project("t").add("reach", "GROUP"));
        cases.put(
                "equityFocus",
                project("t").add("equityFocus", Json.createArrayBuilder().add("HEIGHT")));
        cases.put("tags", project("t").add("tags", Json.createArrayBuilder().add("<script>")));
        cases.put("core20plus5", project("t").add("core20plus5", "KNEES"));
        cases.put(
                "discussedIn",
                project("t").add("discussedIn", Json.createArrayBuilder().add(hiddenId)));
        var manyTags = Json.createArrayBuilder();
        for (int i = 0; i < 11; i++) {
            manyTags.add("tag " + i);
        }
        cases.put("tags ", project("t").add("tags", manyTags));
        cases.forEach((field, body) -> {
            Reply refused = api.post("api/projects", lead.token(), body).expect(400);
            assertTrue(refused.contentType().startsWith("application/problem+json"), field);
            assertEquals(field.strip(), refused.field(), refused.text());
        });
        // a group the member cannot read is refused as if it did not exist
        Reply privateGroup = api.post(
                        "api/projects",
                        lead.token(),
                        project("t").add("reach", "GROUP").add("groupId", hiddenId))
                .expect(400);
        assertEquals("groupId", privateGroup.field());
        assertTrue(privateGroup.text().contains("does not exist or that you cannot read"), privateGroup.text());

        long id = api.post("api/projects", lead.token(), project("Fine"))
                .expect(201)
                .id();
        assertEquals(
                "endedOn",
                api.post(
                                "api/projects/" + id + "/cycles",
                                lead.token(),
                                Json.createObjectBuilder()
                                        .add("title", "Backwards")
                                        .add("plan", "p")
                                        .add("prediction", "q")
                                        .add("startedOn", "2026-03-01")
                                        .add("endedOn", "2026-02-01"))
                        .expect(400)
                        .field());
        assertEquals(
                "kind",
                api.post(
                                "api/projects/" + id + "/measures",
                                lead.token(),
                                Json.createObjectBuilder()
                                        .add("kind", "VANITY")
                                        .add("name", "n")
                                        .add("definition", "d"))
                        .expect(400)
                        .field());
        assertEquals(
                "body",
                api.post("api/projects", lead.token(), (JsonObjectBuilder) null)
                        .expect(400)
                        .field());
        assertEquals("page", api.get("api/projects?page=-1", null).expect(400).field());
        assertEquals(
                "stage", api.get("api/projects?stage=DONE", null).expect(400).field());
        assertEquals(403, api.post("api/projects", null, project("Anonymous")).status());
        assertEquals(404, api.get("api/projects/987654321", lead.token()).status());
        assertEquals(
                404,
                api.patch(
                                "api/projects/" + id + "/measures/1",
                                lead.token(),
                                Json.createObjectBuilder().add("name", "n"))
                        .status());
    }

    /**
     * Every kind of viewer against a project of every reach: the project's own answer (the policy),
     * the list (its JPQL twin) and search (its index twin) agree, and match what the policy says.
     */
    @Test
    void whoMayReadAProjectIsTheSameOnItsPageInListsAndInSearch() {
        ApiClient api = api();
        Account lead = member("Matrix Lead", null);
        Account team = member("Matrix Team", null);
        Account groupMember = member("Matrix Group Member", null);
        Account signedIn = member("Matrix Member", null);
        String slug = api.createGroup(lead.token(), SampleMembers.unique("Matrix circle"), "PRIVATE", "INVITE");
        long groupId = api.get("api/groups/" + slug, lead.token()).expect(200).id();
        api.invite(lead.token(), slug, groupMember.id()).expect(200);
        api.join(groupMember.token(), slug).expect(200);
        String word = "zebrafinch" + System.nanoTime() % 100000;

        Map<String, Long> projects = new LinkedHashMap<>();
        for (String reach : List.of("PUBLIC", "MEMBERS", "GROUP", "TEAM")) {
            JsonObjectBuilder body = project(word + " " + reach)
                    .add("reach", reach)
                    .add("tags", Json.createArrayBuilder().add(word));
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
            Set<Long> listed = listed(api, token, "tag=" + word);
            Set<Long> found = searched(api, token, word);
            // facet counts hold only what the viewer may read, like the hits
            long counted = api
                    .get("api/search?type=PROJECT&size=50&q=" + word, token)
                    .expect(200)
                    .json()
                    .getJsonObject("facets")
                    .getJsonArray("setting")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .mapToLong(count -> count.getJsonNumber("count").longValue())
                    .sum();
            if (counted != found.size()) {
                wrong.add(who + " setting facet counts " + counted + " for " + found.size() + " hits");
            }
            projects.forEach((reach, id) -> {
                boolean may = expected.get(who).contains(reach);
                int status = api.get("api/projects/" + id, token).status();
                if (status != (may ? 200 : 404)) {
                    wrong.add(who + " GET " + reach + ": " + status);
                }
                if (listed.contains(id) != may) {
                    wrong.add(who + " list " + reach + ": " + listed.contains(id));
                }
                if (found.contains(id) != may) {
                    wrong.add(who + " search " + reach + ": " + found.contains(id));
                }
                int change = api.patch(
                                "api/projects/" + id,
                                token,
                                Json.createObjectBuilder().add("learning", "x"))
                        .status();
                int expectedChange = who.equals("team member") ? 200 : may ? 403 : 404;
                if (change != expectedChange) {
                    wrong.add(who + " PATCH " + reach + ": " + change);
                }
            });
        });
        assertEquals(List.of(), wrong);

        // leaving the group closes the group's project at once, everywhere
        api.delete("api/groups/" + slug + "/members/me", groupMember.token()).expect(204);
        long groupProject = projects.get("GROUP");
        assertEquals(
                404,
                api.get("api/projects/" + groupProject, groupMember.token()).status());
        assertFalse(listed(api, groupMember.token(), "tag=" + word).contains(groupProject));
        assertFalse(searched(api, groupMember.token(), word).contains(groupProject));
    }

    private static Set<Long> listed(ApiClient api, String token, String query) {
        return api.get("api/projects?size=100&" + query, token).expect(200).json().getJsonArray("projects").stream()
                .map(JsonValue::asJsonObject)
                .map(project -> project.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static Set<Long> searched(ApiClient api, String token, String word) {
        return api
                .get("api/search?type=PROJECT&size=50&q=" + word, token)
                .expect(200)
                .json()
                .getJsonArray("hits")
                .stream()
                .map(JsonValue::asJsonObject)
                .map(hit -> hit.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
