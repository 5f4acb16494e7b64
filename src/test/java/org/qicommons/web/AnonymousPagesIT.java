package org.qicommons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.PageClient;
import org.qicommons.testing.PageClient.Page;
import org.qicommons.testing.SampleMembers;

/**
 * Anonymous readers share pages rendered moments ago (ui.AnonymousPages). What that must never do:
 * show a reader the page from before a change, give anyone a page rendered for a signed-in member,
 * or share a page that opened a session (its form belongs to that session).
 */
@ExtendWith(ArquillianExtension.class)
class AnonymousPagesIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    private ApiClient api;
    private ApiClient.Account owner;
    private String slug;
    private long discussionId;
    private String threadPage;

    @BeforeEach
    void publicThread() {
        api = new ApiClient(deployed);
        owner = api.signUp(SampleMembers.named("Cache owner", "QI lead"), null);
        slug = api.createGroup(owner.token(), SampleMembers.unique("Shared pages"), "PUBLIC", "OPEN");
        discussionId = api.startDiscussion(owner.token(), slug, "Pressure ulcers", "What worked for you?")
                .getJsonNumber("id")
                .longValue();
        threadPage = "/discussion/view.xhtml?id=" + discussionId;
    }

    /** Reads a page as a new anonymous reader would (no cookie), twice, so that it is surely kept. */
    private Page readAnonymously(String path) {
        new PageClient(deployed).get(path);
        Page page = new PageClient(deployed).get(path);
        assertEquals(200, page.status(), path);
        return page;
    }

    @Test
    void theNextAnonymousReaderAfterAWriteSeesIt() {
        String groupPage = "/group/view.xhtml?slug=" + slug;
        for (String path : List.of(threadPage, groupPage, "/")) {
            assertFalse(readAnonymously(path).html().contains("Turning every two hours"), path);
        }

        api.reply(owner.token(), discussionId, null, "Turning every two hours, with a chart.");

        for (String path : List.of(threadPage, groupPage, "/")) {
            Page page = new PageClient(deployed).get(path);
            assertTrue(page.html().contains("Turning every two hours"), path + " still shows the page from before");
        }
    }

    @Test
    void aHiddenPostIsGoneFromTheSharedPageAtOnce() {
        long replyId = api.reply(owner.token(), discussionId, null, "Call me on my personal mobile 07700 900123.")
                .getJsonNumber("id")
                .longValue();
        assertTrue(readAnonymously(threadPage).html().contains("07700 900123"));

        api.put(
                        "api/posts/" + replyId + "/hidden",
                        owner.token(),
                        Json.createObjectBuilder().add("hidden", true))
                .expect(200);

        assertFalse(new PageClient(deployed).get(threadPage).html().contains("07700 900123"));
    }

    @Test
    void aSignedInMemberIsNeverGivenTheSharedPageNorIsTheirsShared() {
        Page shared = readAnonymously(threadPage);
        assertFalse(shared.html().contains("qic.form-token"), "an anonymous reader's page has no form token");

        PageClient member = new PageClient(deployed);
        member.signIn(owner.email(), owner.password());
        Page own = member.get(threadPage);
        assertTrue(own.html().contains("qic.form-token"), "the member's own page, with their forms");

        Page afterwards = new PageClient(deployed).get(threadPage);
        assertFalse(afterwards.html().contains("qic.form-token"), "the member's page was not shared");
    }

    @Test
    void aPageThatOpensASessionIsNeverShared() {
        Page first = new PageClient(deployed).get("/member/signin.xhtml");
        Page second = new PageClient(deployed).get("/member/signin.xhtml");
        assertEquals(1, first.cookies().size(), "the sign-in form opens a session");
        assertEquals(1, second.cookies().size(), "so does the next reader's: the page was not shared");
        assertNotNull(first.form("signin"));
        assertNotEquals(first.cookies(), second.cookies());
    }
}
