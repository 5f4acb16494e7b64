package org.qicommons.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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
 * Atom feeds, parsed back by ROME: a public group's, a project's, a member's and a search's, holding
 * public content only without a key, what the member may read with their key, and never anything
 * private, hidden or from a private conversation; a reset key stops the old addresses.
 */
@ExtendWith(ArquillianExtension.class)
class FeedsIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void feedsHoldWhatTheirReaderMayReadAndNothingElse() throws Exception {
        ApiClient api = new ApiClient(base);
        Account author = api.signUp(SampleMembers.named("Feed Author", "Lead"), null);
        Account other = api.signUp(SampleMembers.named("Feed Other", "Nurse"), null);
        String word = "feedword" + System.nanoTime() % 100000;
        String open = api.createGroup(author.token(), SampleMembers.unique("Feed open"), "PUBLIC", "OPEN");
        String members = api.createGroup(author.token(), SampleMembers.unique("Feed members"), "MEMBERS", "OPEN");
        String closed = api.createGroup(author.token(), SampleMembers.unique("Feed closed"), "PRIVATE", "INVITE");
        api.startDiscussion(author.token(), open, "Public " + word, "Open to all " + word);
        long hidden = api.startDiscussion(author.token(), open, "Hidden " + word, "Patient details " + word)
                .getJsonNumber("id")
                .longValue();
        api.startDiscussion(author.token(), members, "Members " + word, "Members only " + word);
        api.startDiscussion(author.token(), closed, "Private " + word, "Private group " + word);
        api.post(
                        "api/messages",
                        author.token(),
                        Json.createObjectBuilder()
                                .add("to", Json.createArrayBuilder().add(other.id()))
                                .add("title", "Message " + word)
                                .add("body", "A private message " + word))
                .expect(201);
        long hiddenPost = api.thread(author.token(), hidden)
                .getJsonArray("posts")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        api.post(
                        "api/moderation/actions",
                        author.token(),
                        Json.createObjectBuilder()
                                .add("action", "HIDE")
                                .add("postId", hiddenPost)
                                .add("reason", "x"))
                .expect(204);

        SyndFeed group = feed(api, "feeds/groups/" + open + ".atom");
        assertEquals(List.of("Public " + word), titles(group));
        assertTrue(group.getEntries()
                .getFirst()
                .getContents()
                .getFirst()
                .getValue()
                .contains("Open to all"));
        assertTrue(group.getEntries().getFirst().getLink().contains("/discussion/view.xhtml?id="));
        assertEquals(404, status(api, "feeds/groups/" + members + ".atom"));
        assertEquals(404, status(api, "feeds/groups/" + closed + ".atom"));
        assertEquals(404, status(api, "feeds/groups/no-such-group.atom"));

        // the member's feed: public posts only without a key; what the reader may read with one
        assertEquals(List.of("Public " + word), titles(feed(api, "feeds/members/" + author.id() + ".atom")));
        String key =
                api.get("api/me/feed-key", other.token()).expect(200).json().getString("key");
        List<String> withKey = titles(feed(api, "feeds/members/" + author.id() + ".atom?key=" + key));
        assertTrue(withKey.contains("Members " + word), withKey.toString());
        assertFalse(withKey.contains("Private " + word), withKey.toString());
        assertFalse(withKey.contains("Message " + word), "a private conversation is never in a feed");
        assertFalse(withKey.contains("Hidden " + word), withKey.toString());
        assertEquals(List.of("Members " + word), titles(feed(api, "feeds/groups/" + members + ".atom?key=" + key)));

        // a saved search, as anonymous and as the member
        List<String> searched = titles(feed(api, "feeds/search.atom?q=" + word));
        assertEquals(List.of("Public " + word), searched);
        List<String> searchedWithKey = titles(feed(api, "feeds/search.atom?q=" + word + "&key=" + key));
        assertTrue(searchedWithKey.contains("Members " + word), searchedWithKey.toString());
        assertFalse(searchedWithKey.contains("Private " + word), searchedWithKey.toString());
        assertFalse(searchedWithKey.stream().anyMatch(t -> t.contains("Message")), searchedWithKey.toString());
        assertEquals(400, status(api, "feeds/search.atom"));

        // a reset key stops the old address; a key that is no one's is not found
        String renewed = api.post("api/me/feed-key/reset", other.token(), Json.createObjectBuilder())
                .expect(200)
                .json()
                .getString("key");
        assertFalse(renewed.equals(key));
        assertEquals(404, status(api, "feeds/members/" + author.id() + ".atom?key=" + key));
        assertEquals(200, status(api, "feeds/members/" + author.id() + ".atom?key=" + renewed));
        assertEquals(404, status(api, "feeds/members/" + author.id() + ".atom?key=nobodys"));
    }

    @Test
    void aProjectsFeedHoldsItsUpdatesWhileItIsPublic() throws Exception {
        ApiClient api = new ApiClient(base);
        Account lead = api.signUp(SampleMembers.named("Feed Lead", "Lead"), null);
        long project = api.post(
                        "api/projects",
                        lead.token(),
                        Json.createObjectBuilder()
                                .add("title", "Feed project")
                                .add("summary", "Interpreters")
                                .add("setting", "CARE_HOMES")
                                .add("reach", "PUBLIC"))
                .expect(201)
                .id();
        api.post(
                        "api/projects/" + project + "/updates",
                        lead.token(),
                        Json.createObjectBuilder().add("title", "Week one").add("body", "Nine of eleven."))
                .expect(201);
        SyndFeed feed = feed(api, "feeds/projects/" + project + ".atom");
        assertEquals("Updates on Feed project", feed.getTitle());
        assertEquals(List.of("Week one"), titles(feed));
        api.patch(
                        "api/projects/" + project,
                        lead.token(),
                        Json.createObjectBuilder().add("reach", "TEAM"))
                .expect(200);
        assertEquals(404, status(api, "feeds/projects/" + project + ".atom"));
    }

    private static SyndFeed feed(ApiClient api, String path) throws Exception {
        HttpResponse<byte[]> response = api.download(path, null);
        assertEquals(200, response.statusCode(), path);
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"),
                response.headers().toString());
        SyndFeed feed = new SyndFeedInput().build(new StringReader(new String(response.body(), "UTF-8")));
        assertEquals("atom_1.0", feed.getFeedType());
        return feed;
    }

    private static int status(ApiClient api, String path) {
        return api.download(path, null).statusCode();
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }
}
