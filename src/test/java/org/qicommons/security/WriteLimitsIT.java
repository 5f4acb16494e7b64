package org.qicommons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
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
import org.qicommons.testing.PageClient;
import org.qicommons.testing.PageClient.Page;
import org.qicommons.testing.SampleMembers;

/**
 * The write limits as shipped (the other tests switch them off): one account posting hundreds of
 * replies a second, sign-ups and organisations without end, and the same post sent twice.
 */
@ExtendWith(ArquillianExtension.class)
class WriteLimitsIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withWriteLimits();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNewAccountPostsTenTimesAnHourThenWaitsWithRetryAfter() {
        ApiClient api = new ApiClient(base);
        Account fresh = api.signUp(SampleMembers.named("Eager newcomer", null), null);
        String slug = api.createGroup(fresh.token(), SampleMembers.unique("Limits"), "PUBLIC", "OPEN");
        long discussion = api.startDiscussion(fresh.token(), slug, null, "Opening update")
                .getJsonNumber("id")
                .longValue();
        for (int i = 2; i <= 10; i++) {
            api.reply(fresh.token(), discussion, null, "Reply number " + i);
        }
        Reply refused = api.post(
                "api/discussions/" + discussion + "/posts",
                fresh.token(),
                Json.createObjectBuilder().add("body", "One more"));
        assertEquals(429, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertTrue(
                refused.json().getString("detail").contains("New members can post 10 times an hour"),
                refused::toString);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, refused.header("Retry-After"));

        // the page says so on the form, and keeps what was typed
        PageClient page = new PageClient(base);
        page.signIn(fresh.email(), fresh.password());
        Page group = page.get("/group/view.xhtml?slug=" + slug);
        Page answer = page.submit(
                group.form("new-update").with("new-update:body", "Kept text of a limited update"),
                "new-update:post-update",
                "Post update");
        assertEquals(200, answer.status());
        assertTrue(answer.html().contains("New members can post 10 times an hour"), "the reason is shown");
        assertTrue(answer.html().contains("Kept text of a limited update"), "nothing typed is lost");
    }

    @Test
    void theSamePostSentTwiceWithinAMinuteIsOnePost() {
        ApiClient api = new ApiClient(base);
        Account author = api.signUp(SampleMembers.named("Double clicker", null), null);
        String slug = api.createGroup(author.token(), SampleMembers.unique("Twice"), "PUBLIC", "OPEN");
        long discussion = api.startDiscussion(author.token(), slug, null, "Opening")
                .getJsonNumber("id")
                .longValue();
        api.reply(author.token(), discussion, null, "Thanks, this is really useful.");
        Reply again = api.post(
                "api/discussions/" + discussion + "/posts",
                author.token(),
                Json.createObjectBuilder().add("body", "Thanks, this is really useful."));
        assertEquals(409, again.status(), again::toString);
        assertEquals("body", again.field());
        assertEquals(2, api.thread(null, discussion).getJsonArray("posts").size(), "one reply, not two");
        Reply alsoAnUpdate = api.post(
                "api/groups/" + slug + "/discussions",
                author.token(),
                Json.createObjectBuilder().add("body", "Opening"));
        assertEquals(409, alsoAnUpdate.status(), alsoAnUpdate::toString);
    }

    @Test
    void organisationsFromOneAddressAreLimitedAndARefusedOneDoesNotCount() {
        ApiClient api = new ApiClient(base);
        Account adder = api.signUp(SampleMembers.named("Organisation adder", null), null);
        Reply invalid = api.post(
                "api/organisations", adder.token(), Json.createObjectBuilder().add("name", "No type given"));
        assertEquals(400, invalid.status());
        int added = 0;
        Reply last = null;
        for (int i = 0; i < 12 && (last == null || last.status() == 201); i++) {
            last = api.post(
                    "api/organisations",
                    adder.token(),
                    Json.createObjectBuilder()
                            .add("name", SampleMembers.unique("Limited Trust"))
                            .add("type", "NHS_TRUST"));
            if (last.status() == 201) {
                added++;
            }
        }
        assertEquals(10, added, "ten an hour from one address, the refused one not counted");
        assertEquals(429, last.status(), last::toString);
    }
}
