package org.qicommons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.HtmlChecker;
import org.qicommons.testing.ModeratedGroup;
import org.qicommons.testing.PageClient;
import org.qicommons.testing.PageClient.Page;
import org.qicommons.testing.SampleMembers;

/**
 * The moderation pages over HTTP, as a browser posts their forms: flagging a post, the queue, a
 * locked discussion and its moderator's controls, and suspending a member from their profile. Every
 * page a test reads is checked with the Nu HTML checker.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationPagesIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    private ApiClient api;
    /** Invalid-HTML reports per page, kept to the end so one run shows them all. */
    private final Map<String, List<String>> htmlErrors = new LinkedHashMap<>();

    @BeforeEach
    void client() {
        api = new ApiClient(deployed);
    }

    @AfterEach
    void pagesWereValid() {
        assertEquals(Map.of(), htmlErrors, "pages that are not valid HTML");
    }

    private ModeratedGroup scene() {
        return ModeratedGroup.create(api, "PUBLIC");
    }

    @Test
    void threeMembersFlagAPostThroughThePageAndTheOwnerKeepsItFromTheQueue() {
        ModeratedGroup scene = scene();
        String thread = "/discussion/view.xhtml?id=" + scene.discussion();
        String flagPage = "/moderation/flag.xhtml?post=" + scene.post();

        PageClient author = signedIn(scene.author());
        assertFalse(read(author, thread).contains("id=\"flag-link-" + scene.post() + "\""), "not your own post");
        assertEquals(200, author.get(flagPage).status(), "the page itself, which then refuses");
        Page own = author.submit(
                author.get(flagPage).form("flag").with("flag:reason", "SPAM"), "flag:send-flag", "Flag the post");
        assertEquals(200, own.status());
        assertTrue(own.html().contains("You cannot flag your own post"), "said on the form");

        PageClient first = signedIn(scene.readers().get(0));
        assertTrue(read(first, thread).contains("href=\"" + path(flagPage) + "\""), "a plain link on the post");
        String form = read(first, flagPage);
        assertTrue(form.contains("Buy cheap watches at"), "the post's excerpt");
        assertTrue(form.contains("Confidential patient information"), "the reasons' labels");
        Page flagged = first.submit(
                first.get(flagPage).form("flag").with("flag:reason", "SPAM"), "flag:send-flag", "Flag the post");
        assertEquals(302, flagged.status(), flagged.html());
        assertTrue(flagged.location().endsWith("/p/" + scene.post()), flagged.location());
        assertTrue(read(first, thread).contains("Thank you: the moderators will look at it."));
        Page twice = first.submit(
                first.get(flagPage).form("flag").with("flag:reason", "OFFENSIVE"), "flag:send-flag", "Flag the post");
        assertEquals(200, twice.status());
        assertTrue(twice.html().contains("You have already flagged this post."), "409, said on the form");
        check("flag page with an error", twice.html());

        PageClient second = signedIn(scene.readers().get(1));
        Page noNote = second.submit(
                second.get(flagPage).form("flag").with("flag:reason", "OTHER"), "flag:send-flag", "Flag the post");
        assertEquals(200, noNote.status());
        assertTrue(noNote.html().contains("id=\"flag-note-error\""), "the note is marked");
        assertTrue(noNote.html().contains("aria-invalid=\"true\""));
        check("flag page with a field error", noNote.html());
        assertEquals(
                302,
                second.submit(
                                second.get(flagPage)
                                        .form("flag")
                                        .with("flag:reason", "OTHER")
                                        .with("flag:note", "Selling watches"),
                                "flag:send-flag",
                                "Flag the post")
                        .status());
        assertFalse(hidden(scene), "two flags: still shown");

        PageClient third = signedIn(scene.readers().get(2));
        assertEquals(
                302,
                third.submit(
                                third.get(flagPage).form("flag").with("flag:reason", "OFFENSIVE"),
                                "flag:send-flag",
                                "Flag the post")
                        .status());
        assertTrue(hidden(scene), "three flags: hidden pending review");
        assertEquals(404, third.get(flagPage).status(), "a hidden post is not theirs to read or flag");

        // the owner finds it from the group's page, with its flags
        PageClient owner = signedIn(scene.owner());
        assertTrue(read(owner, "/group/view.xhtml?slug=" + scene.slug()).contains("id=\"moderation-queue-link\""));
        String queue = read(owner, "/moderation/queue.xhtml");
        assertTrue(queue.contains("id=\"queued-" + scene.post() + "\""), "in the owner's queue");
        assertTrue(queue.contains("id=\"queued-" + scene.post() + "-hidden\""), "marked hidden");
        assertTrue(queue.contains("Spam or advertising") && queue.contains("Something else"), "reasons");
        assertTrue(queue.contains("Selling watches"), "the note");
        assertTrue(queue.contains(scene.readers().get(1).displayName()), "who flagged");
        assertTrue(queue.contains("Buy cheap watches at"), "the post's text");

        String review = "review-" + scene.post();
        // the owner's form, loaded now and sent after another moderator has dealt with the post
        PageClient.Form stale = owner.get("/moderation/queue.xhtml").form(review);
        Page kept = owner.submit(
                owner.get("/moderation/queue.xhtml").form(review).with(review + ":reason", "A real product link"),
                review + ":keep",
                "Keep");
        assertEquals(302, kept.status(), kept.html());
        assertFalse(hidden(scene), "shown again");
        String after = read(owner, "/moderation/queue.xhtml");
        assertFalse(after.contains("id=\"queued-" + scene.post() + "\""), "the flags are dismissed");
        assertTrue(after.contains("The post is shown and its flags are dismissed."));
        Page late = owner.submit(stale, review + ":hide", "Hide");
        assertEquals(302, late.status(), late.html());
        assertTrue(
                read(owner, "/moderation/queue.xhtml").contains("Another moderator has already dealt with that post."),
                "a button for a post no longer waiting says so");
        assertFalse(hidden(scene), "and does nothing");
        assertTrue(read(first, thread).contains("Buy cheap watches at"), "readers see it again");
    }

    @Test
    void onlyModeratorsReachTheQueueAndOnlyMembersFlag() {
        ModeratedGroup scene = scene();
        String flagPage = "/moderation/flag.xhtml?post=" + scene.post();
        Page anonymous = new PageClient(deployed).get("/moderation/queue.xhtml");
        assertEquals(404, anonymous.status(), "visitors");
        assertTrue(anonymous.html().contains("id=\"error-not-found\""), "the site's not-found page");
        PageClient reader = signedIn(scene.readers().get(0));
        Page refused = reader.get("/moderation/queue.xhtml");
        assertEquals(404, refused.status(), "members who moderate nothing");
        assertTrue(refused.html().contains("id=\"error-not-found\""), "the same page as for a visitor");
        assertFalse(read(reader, "/").contains("id=\"nav-moderation\""), "no header link");

        Page visitor = new PageClient(deployed).get(flagPage);
        assertEquals(302, visitor.status(), "visitors sign in first");
        assertTrue(visitor.location().contains("/member/signin.xhtml?next="), visitor.location());
        assertFalse(
                new PageClient(deployed)
                        .get("/discussion/view.xhtml?id=" + scene.discussion())
                        .html()
                        .contains("flag-link-"),
                "no flag links for visitors (nor in the page they share)");
        assertEquals(404, reader.get("/moderation/flag.xhtml?post=999999999").status());

        String privateSlug =
                api.createGroup(scene.owner().token(), SampleMembers.unique("Private flags"), "PRIVATE", "INVITE");
        long privateDiscussion = api.startDiscussion(scene.owner().token(), privateSlug, null, "Inside only")
                .getJsonNumber("id")
                .longValue();
        long privatePost = api.thread(scene.owner().token(), privateDiscussion)
                .getJsonArray("posts")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                404,
                reader.get("/moderation/flag.xhtml?post=" + privatePost).status(),
                "a post they cannot read is not found");
    }

    @Test
    void aLockedDiscussionSaysSoAndItsOwnerUnlocksAndMovesItFromThePage() {
        ModeratedGroup scene = scene();
        String thread = "/discussion/view.xhtml?id=" + scene.discussion();
        PageClient owner = signedIn(scene.owner());
        PageClient member = signedIn(scene.readers().get(0));
        assertTrue(read(member, thread).contains("<form id=\"reply\""), "open: a reply form");
        assertFalse(read(member, thread).contains("id=\"moderate-discussion\""), "no controls for members");

        Page locked = owner.submit(
                owner.get(thread).form("lock-discussion").with("lock-discussion:lock-reason", "Cooling off"),
                "lock-discussion:lock",
                "Lock the discussion");
        assertEquals(302, locked.status(), locked.html());
        assertTrue(api.thread(null, scene.discussion()).getBoolean("locked"));

        String seen = read(member, thread);
        assertTrue(seen.contains("This discussion is locked:"), "the notice");
        assertFalse(seen.contains("<form id=\"reply\""), "no reply form");
        assertFalse(seen.contains("id=\"reply-link-"), "no reply links");
        assertTrue(new PageClient(deployed).get(thread).html().contains("This discussion is locked:"), "visitors too");
        assertFalse(
                read(signedIn(scene.author()), thread).contains("id=\"edit-link-" + scene.post() + "\""),
                "its author is offered no Edit or Delete: the discussion stays as it was");
        String moderatorView = read(owner, thread);
        assertTrue(moderatorView.contains("As a moderator, you still can."));
        assertTrue(moderatorView.contains("<form id=\"reply\""), "moderators still reply");

        Page unlocked = owner.submit(
                owner.get(thread).form("lock-discussion"), "lock-discussion:unlock", "Unlock the discussion");
        assertEquals(302, unlocked.status(), unlocked.html());
        String open = read(member, thread);
        assertFalse(open.contains("This discussion is locked:"));
        assertTrue(open.contains("<form id=\"reply\""), "members reply again");

        String elsewhere =
                api.createGroup(scene.owner().token(), SampleMembers.unique("Better place"), "PUBLIC", "OPEN");
        Page moved = owner.submit(
                owner.get(thread).form("move-discussion").with("move-discussion:target-group", elsewhere),
                "move-discussion:move",
                "Move the discussion");
        assertEquals(302, moved.status(), moved.html());
        assertEquals(
                elsewhere,
                api.thread(null, scene.discussion()).getJsonObject("group").getString("slug"));
    }

    @Test
    void aSiteModeratorSuspendsAMemberWhoThenSeesTheBannerAndCannotReply() {
        ModeratedGroup scene = scene();
        Account admin = api.siteAdministrator();
        Account moderator = api.signUp(SampleMembers.named("Site moderator pages", "Community manager"), null);
        api.put(
                        "api/admin/members/" + moderator.id() + "/roles",
                        admin.token(),
                        Json.createObjectBuilder()
                                .add("roles", Json.createArrayBuilder().add("MODERATOR")))
                .expect(200);
        String profile = "/member/view.xhtml?id=" + scene.author().id();

        PageClient reader = signedIn(scene.readers().get(0));
        assertFalse(read(reader, profile).contains("id=\"suspension\""), "only site moderators get the form");

        PageClient asModerator = signedIn(moderator);
        assertTrue(read(asModerator, "/").contains("id=\"nav-moderation\""), "the header links to the queue");
        assertTrue(
                read(asModerator, "/moderation/queue.xhtml").contains("<h1>Moderation queue</h1>"),
                "a site moderator's queue");
        String day = LocalDate.now().plusDays(3).toString();
        Page noReason = asModerator.submit(
                asModerator.get(profile).form("suspension").with("suspension:until", day),
                "suspension:suspend",
                "Suspend");
        assertEquals(200, noReason.status());
        assertTrue(noReason.html().contains("id=\"suspension-reason-error\""), "the reason is needed");
        check("profile with an error", noReason.html());
        Page suspended = asModerator.submit(
                asModerator
                        .get(profile)
                        .form("suspension")
                        .with("suspension:until", day)
                        .with("suspension:reason", "Advertising after a warning"),
                "suspension:suspend",
                "Suspend");
        assertEquals(302, suspended.status(), suspended.html());
        assertTrue(read(asModerator, profile).contains("id=\"suspension-state\""), "the profile says so");

        PageClient author = signedIn(scene.author());
        String home = read(author, "/");
        assertTrue(home.contains("id=\"suspended-banner\""), "the banner");
        assertTrue(home.contains("Your account is suspended until"));
        assertTrue(home.contains("Advertising after a warning"), "with the reason");
        String thread = "/discussion/view.xhtml?id=" + scene.discussion();
        Page reply = author.submit(
                author.get(thread).form("reply").with("reply:body", SampleMembers.unique("One more advert")),
                "reply:send",
                "Post reply");
        assertEquals(200, reply.status());
        assertTrue(reply.html().contains("Your account is suspended until"), "refused, and said on the form");
        assertEquals(
                0,
                api.thread(null, scene.discussion()).getJsonArray("posts").stream()
                        .filter(p -> p.asJsonObject().getString("body", "").startsWith("One more advert"))
                        .count());

        Page lifted = asModerator.submit(
                asModerator.get(profile).form("suspension"), "suspension:lift", "Lift the suspension");
        assertEquals(302, lifted.status(), lifted.html());
        assertFalse(read(author, "/").contains("id=\"suspended-banner\""), "the banner is gone");
    }

    // ---- helpers ----

    private PageClient signedIn(Account account) {
        PageClient pages = new PageClient(deployed);
        pages.signIn(account.email(), account.password());
        return pages;
    }

    private boolean hidden(ModeratedGroup scene) {
        return api.get("api/posts/" + scene.post(), scene.owner().token())
                .expect(200)
                .json()
                .getBoolean("hidden");
    }

    /** GETs a page (200 expected) and keeps any HTML errors for the end of the test. */
    private String read(PageClient pages, String path) {
        Page page = pages.get(path);
        assertEquals(200, page.status(), path + ": " + page.html());
        check(path, page.html());
        return page.html();
    }

    private void check(String what, String html) {
        List<String> errors = HtmlChecker.errors(html);
        if (!errors.isEmpty()) {
            htmlErrors.put(what, errors);
        }
    }

    /** The address as it appears in a page's links: under the application's context path. */
    private String path(String page) {
        return deployed.getPath().replaceAll("/$", "") + page.replace("&", "&amp;");
    }
}
