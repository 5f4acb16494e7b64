package org.qicommons.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
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
 * Search through the API: what members find right after posting, and that content of a private group
 * never shows to a non-member anywhere search answers (hits, totals, facets, suggestions, similar).
 */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {
    private static final Random RANDOM = new Random();

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
        return api().signUp(SampleMembers.named(name, "Improvement Advisor"), null);
    }

    /** A made-up word no other test writes, so hits can be counted exactly. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private JsonObject search(String token, String query) {
        return api().get("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token)
                .expect(200)
                .json();
    }

    private JsonArray suggest(String token, String prefix) {
        return api().get("api/search/suggest?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8), token)
                .expect(200)
                .array();
    }

    private static List<String> keys(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit ->
                        hit.getString("type") + ":" + hit.getJsonNumber("id").longValue())
                .toList();
    }

    private static long facetCount(JsonObject results, String facet, String value) {
        JsonObject facets = results.getJsonObject("facets");
        if (facets == null || !facets.containsKey(facet) || facets.isNull(facet)) {
            return 0;
        }
        return facets.getJsonArray(facet).getValuesAs(JsonObject.class).stream()
                .filter(count -> count.getString("value").equals(value))
                .mapToLong(count -> count.getJsonNumber("count").longValue())
                .sum();
    }

    @Test
    void authorsFindTheirPostRightAwayWithHighlightedSnippetAndLinkToTheReply() {
        ApiClient api = api();
        Account author = member("Search author");
        String slug = api.createGroup(author.token(), SampleMembers.unique("Search public"), "PUBLIC", "OPEN");
        String secret = word();
        JsonObject discussion = api.startDiscussion(
                author.token(), slug, "Ethnicity data quality in care homes", "We audited " + secret + " records.");
        long discussionId = discussion.getJsonNumber("id").longValue();
        JsonObject reply =
                api.reply(author.token(), discussionId, null, "Our run chart for " + secret + " <script>x</script>");

        JsonObject found = search(author.token(), secret);
        assertEquals(2, found.getJsonNumber("total").longValue(), found.toString());
        JsonObject replyHit = found.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .filter(hit -> hit.getString("type").equals("REPLY"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                reply.getJsonNumber("id").longValue(),
                replyHit.getJsonNumber("id").longValue());
        assertEquals(discussionId, replyHit.getJsonNumber("discussionId").longValue());
        assertTrue(replyHit.getString("url")
                .contains(String.valueOf(reply.getJsonNumber("id").longValue())));
        assertTrue(replyHit.getString("snippet").contains("<mark>"), replyHit.getString("snippet"));
        assertFalse(replyHit.getString("snippet").contains("<script"), replyHit.getString("snippet"));
        assertEquals(slug, replyHit.getJsonObject("group").getString("slug"));
        assertEquals(author.displayName(), replyHit.getJsonObject("author").getString("displayName"));

        // anyone else sees it too (a public group), and a typo still finds the title word
        assertEquals(2, search(null, secret).getJsonNumber("total").longValue());
        assertTrue(keys(search(null, "ethnicty " + secret)).contains("DISCUSSION:" + discussionId));
    }

    @Test
    void privateGroupContentNeverReachesNonMembers() {
        ApiClient api = api();
        Account owner = member("Private owner");
        Account outsider = member("Outsider");
        String secret = word();
        String title = "Confidential " + secret + " inspection";
        String privateSlug =
                api.createGroup(owner.token(), SampleMembers.unique("Search private"), "PRIVATE", "INVITE");
        long privateDiscussion = api.startDiscussion(owner.token(), privateSlug, title, "Falls audit " + secret)
                .getJsonNumber("id")
                .longValue();
        api.reply(owner.token(), privateDiscussion, null, "Reply about " + secret);
        String publicSlug = api.createGroup(owner.token(), SampleMembers.unique("Search open"), "PUBLIC", "OPEN");
        long publicDiscussion = api.startDiscussion(
                        owner.token(), publicSlug, "Falls audit " + secret + " in public", "Falls audit " + secret)
                .getJsonNumber("id")
                .longValue();

        for (String token : new String[] {null, outsider.token()}) {
            JsonObject results = search(token, secret);
            assertEquals(List.of("DISCUSSION:" + publicDiscussion), keys(results), "hits");
            assertEquals(1, results.getJsonNumber("total").longValue(), "total");
            assertEquals(0, facetCount(results, "group", privateSlug), "facet count");
            assertEquals(1, facetCount(results, "type", "DISCUSSION"), "type facet counts only readable hits");
            assertEquals(0, facetCount(results, "type", "REPLY"), "the private reply is not counted");
            assertTrue(
                    suggest(token, "Confidential " + secret.substring(0, 5)).getValuesAs(JsonObject.class).stream()
                            .noneMatch(s -> s.getString("text").contains(secret)),
                    "suggestions");
            JsonArray similar = api.get("api/discussions/" + publicDiscussion + "/similar", token)
                    .expect(200)
                    .array();
            assertTrue(
                    similar.getValuesAs(JsonObject.class).stream()
                            .noneMatch(hit -> hit.getJsonNumber("id").longValue() == privateDiscussion),
                    "similar");
            api.get("api/discussions/" + privateDiscussion + "/similar", token).expect(404);
            // a filter on the private group finds nothing rather than everything
            assertEquals(
                    0,
                    api.get("api/search?q=" + secret + "&group=" + privateSlug, token)
                            .expect(200)
                            .json()
                            .getJsonNumber("total")
                            .longValue());
        }

        // the owner finds all of it, with the private group in the facets
        JsonObject mine = search(owner.token(), secret);
        assertEquals(3, mine.getJsonNumber("total").longValue(), mine.toString());
        assertEquals(2, facetCount(mine, "group", privateSlug));
        assertTrue(
                suggest(owner.token(), "Confidential " + secret.substring(0, 5)).getValuesAs(JsonObject.class).stream()
                        .anyMatch(s -> s.getString("text").contains(secret)),
                "the owner gets the suggestion");

        // joining shows it at once; leaving hides it at once
        api.invite(owner.token(), privateSlug, outsider.id()).expect(200);
        api.join(outsider.token(), privateSlug).expect(200);
        assertEquals(3, search(outsider.token(), secret).getJsonNumber("total").longValue());
        api.delete("api/groups/" + privateSlug + "/members/" + outsider.id(), outsider.token())
                .expect(204);
        assertEquals(1, search(outsider.token(), secret).getJsonNumber("total").longValue());
    }

    @Test
    void editsDeletesAndHidingReachSearch() {
        ApiClient api = api();
        Account author = member("Editor");
        String slug = api.createGroup(author.token(), SampleMembers.unique("Search edits"), "PUBLIC", "OPEN");
        String before = word();
        String after = word();
        long discussion = api.startDiscussion(author.token(), slug, null, "About " + before)
                .getJsonNumber("id")
                .longValue();
        long reply = api.reply(author.token(), discussion, null, "Reply " + before)
                .getJsonNumber("id")
                .longValue();
        api.patch(
                        "api/posts/" + reply,
                        author.token(),
                        jakarta.json.Json.createObjectBuilder().add("body", "Reply " + after))
                .expect(200);
        assertEquals(List.of("REPLY:" + reply), keys(search(null, after)));
        assertEquals(List.of("DISCUSSION:" + discussion), keys(search(null, before)));
        api.put(
                        "api/posts/" + reply + "/hidden",
                        author.token(),
                        jakarta.json.Json.createObjectBuilder().add("hidden", true))
                .expect(200);
        assertEquals(0, search(null, after).getJsonNumber("total").longValue(), "hidden posts leave search");
        api.put(
                        "api/posts/" + reply + "/hidden",
                        author.token(),
                        jakarta.json.Json.createObjectBuilder().add("hidden", false))
                .expect(200);
        assertEquals(1, search(null, after).getJsonNumber("total").longValue());
        api.delete("api/posts/" + reply, author.token()).expect(204);
        assertEquals(0, search(null, after).getJsonNumber("total").longValue(), "deleted posts leave search");
    }

    @Test
    void badQueriesAreAnsweredNotRefused() {
        ApiClient api = api();
        for (String query : List.of("\"unbalanced", "AND AND", "-", "(((", "title:", "*", "~~~", "a OR", "\\")) {
            api.get("api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null)
                    .expect(200);
        }
        assertEquals(
                "q",
                api.get("api/search?q=" + "a".repeat(501), null).expect(400).field());
        assertEquals(
                "size", api.get("api/search?q=x&size=101", null).expect(400).field());
        assertEquals(
                "type", api.get("api/search?q=x&type=NOPE", null).expect(400).field());
        assertEquals(
                "from",
                api.get("api/search?q=x&from=yesterday", null).expect(400).field());
        String problem = api.get("api/search?q=x&size=0", null).contentType();
        assertTrue(problem.startsWith("application/problem+json"), problem);
        JsonValue ignored = api.get("api/search/suggest?q=", null).expect(200).array();
        assertTrue(ignored.asJsonArray().isEmpty());
    }
}
