package org.qicommons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reading pages hold a crowd (issue 7): an anonymous reader costs no session and no view state, a
 * signed-in reader's session holds only who they are, the forms on those stateless pages still work
 * and refuse a post without the session's form token, and a group's stream shows each update with
 * its latest few replies within the page's size budget.
 */
@ExtendWith(ArquillianExtension.class)
class ReadingPagesIT {
    private static final int GROUP_PAGE_BUDGET = 120 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    private ApiClient api;

    @BeforeEach
    void clients() {
        api = new ApiClient(deployed);
    }

    /** A public group with one discussion: an update, two replies (one edited), and its owner. */
    private record Forum(ApiClient.Account owner, String slug, long discussionId, long replyId) {}

    private Forum smallForum() {
        ApiClient.Account owner = api.signUp(SampleMembers.named("Group owner", "QI lead"), null);
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Reading pages"), "PUBLIC", "OPEN");
        JsonObject thread = api.startDiscussion(owner.token(), slug, "Falls in care homes", "What helped you?");
        long discussionId = thread.getJsonNumber("id").longValue();
        long replyId = api.reply(owner.token(), discussionId, null, "Hourly rounding helped us.")
                .getJsonNumber("id")
                .longValue();
        api.patch(
                        "api/posts/" + replyId,
                        owner.token(),
                        Json.createObjectBuilder().add("body", "Hourly rounding."))
                .expect(200);
        api.reply(owner.token(), discussionId, replyId, "How did you measure it?");
        return new Forum(owner, slug, discussionId, replyId);
    }

    private List<String> readingPages(Forum forum) {
        return List.of(
                "/",
                "/?cursor=bad-cursor",
                "/group/",
                "/group/view.xhtml?slug=" + forum.slug(),
                "/group/members.xhtml?slug=" + forum.slug(),
                "/discussion/view.xhtml?id=" + forum.discussionId(),
                "/discussion/view.xhtml?id=" + forum.discussionId() + "&post=" + forum.replyId(),
                "/discussion/history.xhtml?post=" + forum.replyId(),
                "/p/" + forum.replyId(),
                "/member/view.xhtml?id=" + forum.owner().id(),
                "/search/",
                "/search/?q=rounding",
                "/discussion/view.xhtml?id=999999999");
    }

    @Test
    void anAnonymousReaderCostsNoSessionAndNoViewState() {
        Forum forum = smallForum();
        PageClient reader = new PageClient(deployed);
        for (String path : readingPages(forum)) {
            Page page = reader.get(path);
            assertTrue(page.status() < 500, path + " answered " + page.status());
            assertEquals(List.of(), page.cookies(), path + " set a cookie");
            assertTrue(
                    page.viewStates().stream().allMatch("stateless"::equals),
                    path + " stored view state " + page.viewStates());
        }
        assertEquals(null, reader.sessionId());
    }

    @Test
    void aSignedInReadersSessionHoldsOnlyWhoTheyAre() {
        Forum forum = smallForum();
        PageClient member = new PageClient(deployed);
        member.signIn(forum.owner().email(), forum.owner().password());
        String session = member.sessionId();
        assertNotNull(session);
        for (String path : readingPages(forum)) {
            Page page = member.get(path);
            assertTrue(page.status() < 500, path + " answered " + page.status());
            assertEquals(List.of(), page.cookies(), path + " changed the session cookie");
            assertTrue(
                    page.viewStates().stream().allMatch("stateless"::equals),
                    path + " stored view state " + page.viewStates());
        }
        // the discussion page offers forms to its group's member, and none needs server-side state
        Page thread = member.get("/discussion/view.xhtml?id=" + forum.discussionId());
        assertFalse(thread.viewStates().isEmpty(), "a member sees forms on the thread");
        assertEquals(session, member.sessionId());
    }

    @Test
    void aMembersFormsWorkOnStatelessPages() {
        Forum forum = smallForum();
        ApiClient.Account joiner = api.signUp(SampleMembers.named("Joiner", "Nurse"), null);
        PageClient member = new PageClient(deployed);
        member.signIn(joiner.email(), joiner.password());
        String groupPage = "/group/view.xhtml?slug=" + forum.slug();

        // join
        Page joined = member.submit(member.get(groupPage).form("membership"), "membership:join-group", "Join group");
        assertEquals(302, joined.status(), "join redirects back to the group");
        assertTrue(member.get(groupPage).html().contains("You are a member of this group."));

        // post an update
        Page posted = member.submit(
                member.get(groupPage)
                        .form("new-update")
                        .with("new-update:title", "Our falls huddle")
                        .with("new-update:body", "A five-minute huddle at handover."),
                "new-update:post-update",
                "Post update");
        assertEquals(302, posted.status());
        assertTrue(member.get(groupPage).html().contains("A five-minute huddle at handover."));

        // reply to a reply: its "Reply" link opens the thread with the page's one reply form set to it
        String threadPage = "/discussion/view.xhtml?id=" + forum.discussionId();
        Page thread = member.get(threadPage);
        Matcher link = Pattern.compile("id=\"reply-link-" + forum.replyId() + "\"[^>]*href=\"([^\"#]*)")
                .matcher(thread.html());
        assertTrue(link.find(), "a reply link under the reply");
        String replyPage =
                link.group(1).replace("&amp;", "&").substring(deployed.getPath().length());
        Page replyForm = member.get(replyPage);
        assertTrue(replyForm.html().contains("Reply to Group owner"), "the form names the post it answers");
        String form = "reply";
        Page replied = member.submit(
                replyForm.form(form).with(form + ":body", "We used a tally chart (£5, café staff ✓)."),
                form + ":send",
                "Post reply");
        assertEquals(302, replied.status());
        assertTrue(replied.location().contains(threadPage.substring(1)), replied.location());
        JsonObject reply = lastPost(forum.discussionId());
        assertEquals("We used a tally chart (£5, café staff ✓).", reply.getString("body"));
        assertEquals(forum.replyId(), reply.getJsonNumber("replyTo").longValue());

        // an empty reply is refused on the form, and nothing is posted
        Page empty =
                member.submit(member.get(threadPage).form(form).with(form + ":body", ""), form + ":send", "Post reply");
        assertEquals(200, empty.status());
        assertTrue(empty.html().contains("Your reply must not be empty."), "the form says why");

        // edit the reply on the (stateful) edit page
        long replyId = reply.getJsonNumber("id").longValue();
        Page edited = member.submit(
                member.get("/discussion/edit.xhtml?post=" + replyId)
                        .form("edit-post")
                        .with("edit-post:body", "We used a tally chart on the ward."),
                "edit-post:save-post",
                "Save changes");
        assertEquals(302, edited.status(), edited.html());
        assertEquals(
                "We used a tally chart on the ward.",
                api.get("api/posts/" + replyId, null).expect(200).json().getString("body"));
    }

    @Test
    void aStatelessPostWithoutTheSessionsTokenIsRefusedAndChangesNothing() {
        Forum forum = smallForum();
        PageClient member = new PageClient(deployed);
        member.signIn(forum.owner().email(), forum.owner().password());
        String threadPage = "/discussion/view.xhtml?id=" + forum.discussionId();
        String form = "reply";
        PageClient.Form reply = member.get(threadPage).form(form).with(form + ":body", "Forged reply");
        assertTrue(reply.fields().containsKey("qic.form-token"), "the form carries the session's token");
        int before =
                api.thread(null, forum.discussionId()).getJsonArray("posts").size();

        Page wrong = member.submit(reply.with("qic.form-token", "not-the-token"), form + ":send", "Post reply");
        Page missing = member.submit(reply.without("qic.form-token"), form + ":send", "Post reply");
        // another visitor (no session) replaying the member's form
        Page anonymous = new PageClient(deployed).submit(reply, form + ":send", "Post reply");
        // a forged "stateless" post to a page whose forms keep server state
        Page stateful = member.submit(
                new PageClient.Form(
                        deployed.getPath().replaceAll("/$", "") + "/discussion/edit.xhtml?post=" + forum.replyId(),
                        java.util.Map.of(
                                "edit-post", "edit-post",
                                "edit-post:body", "Forged edit",
                                "jakarta.faces.ViewState", "stateless")),
                "edit-post:save-post",
                "Save changes");

        for (Page refused : List.of(wrong, missing, anonymous, stateful)) {
            assertEquals(403, refused.status());
            assertTrue(refused.html().contains("Nothing has been changed."));
        }
        assertEquals(
                before,
                api.thread(null, forum.discussionId()).getJsonArray("posts").size());
        assertEquals(
                "Hourly rounding.",
                api.get("api/posts/" + forum.replyId(), null).expect(200).json().getString("body"));
    }

    @Test
    void aGroupPageShowsEachUpdateWithItsLatestRepliesWithinItsBudget() {
        ApiClient.Account owner = api.signUp(SampleMembers.named("Busy owner", "QI lead"), null);
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Busy group"), "PUBLIC", "OPEN");
        String words = "Our ward team tested a new handover huddle to spot residents at risk of falls "
                + "and we measured it weekly with a run chart, stratified by ethnicity and language. ";
        long first = 0;
        for (int d = 0; d < 20; d++) {
            long id = api.startDiscussion(owner.token(), slug, "Update " + d, "Update " + d + ". " + words + words)
                    .getJsonNumber("id")
                    .longValue();
            first = d == 0 ? id : first;
            for (int r = 1; r <= 20; r++) {
                api.reply(owner.token(), id, null, "Reply " + r + " to update " + d + ". " + words + words);
            }
        }
        Page page = new PageClient(deployed).get("/group/view.xhtml?slug=" + slug);
        assertEquals(200, page.status());
        int size = page.html().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size <= GROUP_PAGE_BUDGET, "group page is " + size + " bytes");

        String section = discussionSection(page.html(), first);
        // the latest three replies, oldest of them first; the earlier ones only behind the link
        int r18 = section.indexOf("Reply 18 to update 0.");
        int r19 = section.indexOf("Reply 19 to update 0.");
        int r20 = section.indexOf("Reply 20 to update 0.");
        assertTrue(r18 > 0 && r18 < r19 && r19 < r20, "latest replies in the order written");
        assertFalse(section.contains("Reply 17 to update 0."));
        assertTrue(section.contains(">Show all 20 replies</a>"));
        assertTrue(section.contains("/discussion/view.xhtml?id=" + first));
    }

    private String discussionSection(String html, long discussionId) {
        Matcher m = Pattern.compile(
                        "<section class=\"discussion\" id=\"discussion-" + discussionId + "\".*?</section>",
                        Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "discussion " + discussionId + " is on the page");
        return m.group();
    }

    @Test
    void aLaterPageOfALongThreadStillRepliesToTheUpdate() {
        Forum forum = smallForum();
        for (int i = 0; i < 100; i++) {
            api.reply(forum.owner().token(), forum.discussionId(), null, "Reply number " + i);
        }
        PageClient member = new PageClient(deployed);
        member.signIn(forum.owner().email(), forum.owner().password());
        Matcher later = Pattern.compile("id=\"later-posts\"[^>]*href=\"([^\"]*)\"")
                .matcher(member.get("/discussion/view.xhtml?id=" + forum.discussionId())
                        .html());
        assertTrue(later.find(), "a thread of 103 posts has a later page");
        String laterPage = later.group(1)
                .replace("&amp;", "&")
                .substring(deployed.getPath().length());

        Page page = member.get(laterPage);
        assertTrue(
                page.html().contains("id=\"reply-heading\">Reply to the update</h2>"),
                "the form answers the update, not the page's first post");
        Page replied = member.submit(
                page.form("reply").with("reply:body", "A late word on the update."), "reply:send", "Post reply");
        assertEquals(302, replied.status());

        String html = member.get(laterPage).html();
        int at = html.indexOf("A late word on the update.");
        assertTrue(at > 0, "the reply is on the later page");
        Matcher ids = Pattern.compile("id=\"post-(\\d+)\"").matcher(html.substring(0, at));
        String id = null;
        while (ids.find()) {
            id = ids.group(1);
        }
        JsonObject reply = api.get("api/posts/" + id, null).expect(200).json();
        JsonObject opening =
                api.thread(null, forum.discussionId()).getJsonArray("posts").getJsonObject(0);
        assertEquals(1, reply.getInt("depth"), "a reply to the update: " + reply);
        assertEquals(
                opening.getJsonNumber("id").longValue(),
                reply.getJsonNumber("replyTo").longValue());
    }

    private JsonObject lastPost(long discussionId) {
        var posts = api.thread(null, discussionId).getJsonArray("posts");
        return posts.stream()
                .map(JsonObject.class::cast)
                .max(java.util.Comparator.comparingLong(
                        p -> p.getJsonNumber("id").longValue()))
                .orElseThrow();
    }

    @Test
    void aMemberChangesTheirPasswordOnTheProfilePage() {
        ApiClient.Account member = api.signUp(SampleMembers.named("Password changer", "Nurse"), null);
        PageClient browser = new PageClient(deployed);
        browser.signIn(member.email(), member.password());
        PageClient otherBrowser = new PageClient(deployed);
        otherBrowser.signIn(member.email(), member.password());
        assertTrue(signedIn(otherBrowser));
        Page profile = browser.get("/member/edit.xhtml");
        Page wrong = browser.submit(
                profile.form("change-password")
                        .with("change-password:current-password", "not my password")
                        .with("change-password:new-password", "a much better passphrase"),
                "change-password:change-password-button",
                "Change password");
        assertEquals(200, wrong.status());
        assertTrue(wrong.html().contains("Your current password is not right."), "said on the field");
        assertTrue(
                wrong.html().contains("id=\"error-summary\"")
                        && wrong.html().contains("href=\"#change-password:current-password\""),
                "and summed up at the top of the page, with a link to the field (it is far down on a phone)");
        assertEquals(200, api.get("api/members/me", member.token()).status(), "nothing changed");

        Page changed = browser.submit(
                browser.get("/member/edit.xhtml")
                        .form("change-password")
                        .with("change-password:current-password", member.password())
                        .with("change-password:new-password", "a much better passphrase"),
                "change-password:change-password-button",
                "Change password");
        assertEquals(302, changed.status(), changed::toString);
        assertTrue(browser.get("/member/edit.xhtml").html().contains("Your password has been changed."));
        assertEquals(401, api.get("api/members/me", member.token()).status(), "the old tokens stop working");
        assertFalse(signedIn(otherBrowser), "whoever else was signed in is signed out");
        assertTrue(signedIn(browser), "the browser that changed it stays signed in");
        api.token(member.email(), "a much better passphrase");
    }

    @Test
    void signingOutEverywhereElseEndsOtherSessionsAndTokensButNotThisOne() {
        ApiClient.Account member = api.signUp(SampleMembers.named("Lost phone", "Health visitor"), null);
        PageClient laptop = new PageClient(deployed);
        laptop.signIn(member.email(), member.password());
        PageClient phone = new PageClient(deployed);
        phone.signIn(member.email(), member.password());
        Page done = laptop.submit(
                laptop.get("/member/edit.xhtml").form("sign-out-everywhere"),
                "sign-out-everywhere:sign-out-everywhere-button",
                "Sign out everywhere else");
        assertEquals(302, done.status(), done::toString);
        assertTrue(laptop.get("/member/edit.xhtml").html().contains("You have been signed out everywhere else"));
        assertFalse(signedIn(phone), "the phone's session has ended");
        assertTrue(signedIn(laptop));
        assertEquals(401, api.get("api/members/me", member.token()).status());

        // the API's "sign out everywhere" ends browser sessions too
        String token = api.token(member.email(), member.password());
        api.delete("api/tokens", token).expect(204);
        assertFalse(signedIn(laptop), "DELETE /api/tokens signs out every browser");
    }

    private static boolean signedIn(PageClient browser) {
        return browser.get("/").html().contains("id=\"nav-profile\"");
    }
}
