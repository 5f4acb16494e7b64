package org.qicommons.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.api.PermissionMatrix.Action;
import org.qicommons.api.PermissionMatrix.Cell;
import org.qicommons.api.PermissionMatrix.Visibility;
import org.qicommons.api.PermissionMatrix.Who;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.ApiClient.Reply;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.SampleMembers;

/**
 * The REST API over HTTP, against the WAR as built: the acceptance conversation, the permission
 * matrix, membership flows, every error case, Markdown sanitising, paging and security headers.
 * One class, so one Payara Micro boot; every test makes its own members and groups.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {
    private static final String NO_SUCH_SLUG = "no-such-group-anywhere";
    private static final long NO_SUCH_ID = 987_654_321L;

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
        return api().signUp(SampleMembers.named(name, null), null);
    }

    private static JsonObject body(String markdown) {
        return Json.createObjectBuilder().add("body", markdown).build();
    }

    // ---------------------------------------------------------------- the acceptance conversation

    @Test
    void theConversationFromTheIssueCanBeHeldThroughTheApi() {
        ApiClient api = api();
        long careHome = api.createOrganisation(SampleMembers.unique("Meadowbank Care Homes"), "CARE_HOME", "Yorkshire");
        long community = api.createOrganisation(
                SampleMembers.unique("Riverside Community Health"), "COMMUNITY_PROVIDER", "London");
        long publicHealth = api.createOrganisation(
                SampleMembers.unique("Public Health Northshire"), "LOCAL_AUTHORITY", "North West");
        Account lead = api.signUp(SampleMembers.named("Priya Shah", "Care home programme lead"), careHome);
        Account analyst = api.signUp(SampleMembers.named("Tom Okafor", "Quality improvement analyst"), community);
        Account consultant =
                api.signUp(SampleMembers.named("Mairi Campbell", "Public health consultant"), publicHealth);

        String slug =
                api.createGroup(lead.token(), SampleMembers.unique("Achieving equity through QI"), "PUBLIC", "OPEN");
        assertTrue(slug.startsWith("achieving-equity-through-qi"), slug);
        assertEquals(
                "ACTIVE", api.join(analyst.token(), slug).expect(200).json().getString("status"));
        assertEquals(
                "ACTIVE", api.join(consultant.token(), slug).expect(200).json().getString("status"));

        JsonObject started = api.startDiscussion(
                lead.token(),
                slug,
                "Equity in enhanced care homes",
                "We lead a project on **enhanced care homes**. What work have you seen to reduce disparities by race, "
                        + "ethnicity and language? How do you measure equity?");
        long discussionId = started.getJsonNumber("id").longValue();
        long update = started.getJsonArray("posts")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long barrier = api.reply(
                        analyst.token(),
                        discussionId,
                        null,
                        "Ethnicity data quality is our main barrier. We built visual tools staff like.")
                .getJsonNumber("id")
                .longValue();
        long askTools = api.reply(lead.token(), discussionId, barrier, "Could we see the tools?")
                .getJsonNumber("id")
                .longValue();
        long clarify = api.reply(analyst.token(), discussionId, barrier, "To clarify: the tools are in Excel.")
                .getJsonNumber("id")
                .longValue();
        long regulator = api.reply(
                        consultant.token(), discussionId, update, "May I share this thread with the regulator?")
                .getJsonNumber("id")
                .longValue();

        JsonObject thread = api.thread(null, discussionId);
        assertEquals("Equity in enhanced care homes", thread.getString("title"));
        assertEquals(4, thread.getInt("replyCount"));
        JsonArray posts = thread.getJsonArray("posts");
        assertEquals(List.of(update, barrier, askTools, clarify, regulator), ids(posts), "thread order");
        assertPost(posts.getJsonObject(0), null, 0, lead, "Meadowbank Care Homes");
        assertPost(posts.getJsonObject(1), update, 1, analyst, "Riverside Community Health");
        assertPost(posts.getJsonObject(2), barrier, 2, lead, "Meadowbank Care Homes");
        assertPost(posts.getJsonObject(3), barrier, 2, analyst, "Riverside Community Health");
        assertPost(posts.getJsonObject(4), update, 1, consultant, "Public Health Northshire");
        assertTrue(posts.getJsonObject(0).getString("html").contains("<strong>enhanced care homes</strong>"));
        assertTrue(posts.getJsonObject(0).getString("body").startsWith("We lead a project on **enhanced"));

        // edit: editedAt set, the earlier text kept
        Reply edited = api.patch(
                        "api/posts/" + clarify,
                        analyst.token(),
                        Json.createObjectBuilder().add("body", "To clarify: the tools are in Excel and Power BI."))
                .expect(200);
        assertFalse(edited.json().isNull("editedAt"));
        JsonObject history =
                api.get("api/posts/" + clarify + "/revisions", null).expect(200).json();
        assertEquals(
                "To clarify: the tools are in Excel and Power BI.",
                history.getJsonObject("current").getString("body"));
        JsonArray revisions = history.getJsonArray("revisions");
        assertEquals(1, revisions.size());
        assertEquals(
                "To clarify: the tools are in Excel.",
                revisions.getJsonObject(0).getString("body"));
        assertEquals(
                analyst.id(),
                revisions
                        .getJsonObject(0)
                        .getJsonObject("editor")
                        .getJsonNumber("id")
                        .longValue());
        assertFalse(api.thread(null, discussionId)
                .getJsonArray("posts")
                .getJsonObject(3)
                .isNull("editedAt"));

        // deleting a post with replies leaves a "deleted" placeholder; the shape stays
        api.delete("api/posts/" + barrier, analyst.token()).expect(204);
        posts = api.thread(null, discussionId).getJsonArray("posts");
        assertEquals(List.of(update, barrier, askTools, clarify, regulator), ids(posts));
        JsonObject placeholder = posts.getJsonObject(1);
        assertTrue(placeholder.getBoolean("deleted"));
        assertTrue(placeholder.isNull("body"));
        assertTrue(placeholder.isNull("html"));
        assertEquals(barrier, posts.getJsonObject(2).getJsonNumber("replyTo").longValue());
        assertEquals(2, posts.getJsonObject(3).getInt("depth"));

        // deleting a leaf removes it
        api.delete("api/posts/" + regulator, consultant.token()).expect(204);
        JsonObject after = api.thread(null, discussionId);
        assertEquals(List.of(update, barrier, askTools, clarify), ids(after.getJsonArray("posts")));
        assertEquals(2, after.getInt("replyCount"));
        api.get("api/posts/" + regulator + "/revisions", null).expect(404);
    }

    private static void assertPost(JsonObject post, Long replyTo, int depth, Account author, String organisation) {
        if (replyTo == null) {
            assertTrue(post.isNull("replyTo"), post.toString());
        } else {
            assertEquals(replyTo.longValue(), post.getJsonNumber("replyTo").longValue(), post.toString());
        }
        assertEquals(depth, post.getInt("depth"), post.toString());
        JsonObject who = post.getJsonObject("author");
        assertEquals(author.id(), who.getJsonNumber("id").longValue());
        assertEquals(author.displayName(), who.getString("displayName"));
        assertTrue(who.getJsonObject("organisation").getString("name").startsWith(organisation));
        assertFalse(who.containsKey("email"));
        assertFalse(post.getString("body").isBlank());
        assertTrue(post.getString("html").startsWith("<p>"), post.toString());
        assertTrue(post.getString("createdAt").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), post.getString("createdAt"));
        assertTrue(post.isNull("editedAt"));
        assertFalse(post.getBoolean("deleted"));
    }

    private static List<Long> ids(JsonArray posts) {
        return posts.getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue())
                .toList();
    }

    // ---------------------------------------------------------------- the permission matrix

    /** The cast and groups of the matrix, made once per run on first use; the cells only add to it. */
    private record World(
            Map<Who, String> tokens,
            Account author,
            Map<Visibility, String> slugs,
            Map<Visibility, Long> discussions,
            Map<Visibility, Long> posts) {}

    private static World world;

    private synchronized World world() {
        if (world == null) {
            ApiClient api = api();
            Account owner = member("Owner");
            Account moderator = member("Moderator");
            Account plain = member("Member");
            Account outsider = member("Outsider");
            Account author = member("Author");
            Map<Who, String> tokens = new EnumMap<>(Who.class);
            tokens.put(Who.OWNER, owner.token());
            tokens.put(Who.MODERATOR, moderator.token());
            tokens.put(Who.MEMBER, plain.token());
            tokens.put(Who.NON_MEMBER, outsider.token());
            Map<Visibility, String> slugs = new EnumMap<>(Visibility.class);
            Map<Visibility, Long> discussions = new EnumMap<>(Visibility.class);
            Map<Visibility, Long> posts = new EnumMap<>(Visibility.class);
            for (Visibility visibility : Visibility.values()) {
                String slug = api.createGroup(
                        owner.token(), SampleMembers.unique("Matrix " + visibility), visibility.name(), "OPEN");
                for (Account account : List.of(moderator, plain, author)) {
                    if (visibility == Visibility.PRIVATE) {
                        api.invite(owner.token(), slug, account.id()).expect(200);
                    }
                    assertEquals(
                            "ACTIVE",
                            api.join(account.token(), slug).expect(200).json().getString("status"));
                }
                api.put(
                                "api/groups/" + slug + "/members/" + moderator.id(),
                                owner.token(),
                                Json.createObjectBuilder().add("role", "MODERATOR"))
                        .expect(200);
                JsonObject thread = api.startDiscussion(author.token(), slug, "Matrix", "The author's update");
                long post = thread.getJsonArray("posts")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue();
                api.patch(
                                "api/posts/" + post,
                                author.token(),
                                Json.createObjectBuilder().add("body", "Edited once"))
                        .expect(200);
                slugs.put(visibility, slug);
                discussions.put(visibility, thread.getJsonNumber("id").longValue());
                posts.put(visibility, post);
            }
            world = new World(tokens, author, slugs, discussions, posts);
        }
        return world;
    }

    @TestFactory
    Stream<DynamicTest> permissionMatrix() {
        return PermissionMatrix.cells().stream().map(cell -> DynamicTest.dynamicTest(cell.name(), () -> check(cell)));
    }

    private static JsonObjectBuilder lock(long discussionId) {
        return Json.createObjectBuilder().add("action", "LOCK").add("discussionId", discussionId);
    }

    private void check(Cell cell) {
        World w = world();
        ApiClient api = api();
        String token = w.tokens().get(cell.who());
        String slug = w.slugs().get(cell.visibility());
        long discussion = w.discussions().get(cell.visibility());
        long post = w.posts().get(cell.visibility());
        Reply reply;
        Reply nonExistent;
        switch (cell.action()) {
            case READ_GROUP -> {
                reply = api.get("api/groups/" + slug, token);
                nonExistent = api.get("api/groups/" + NO_SUCH_SLUG, token);
            }
            case LIST_DISCUSSIONS -> {
                reply = api.get("api/groups/" + slug + "/discussions", token);
                nonExistent = api.get("api/groups/" + NO_SUCH_SLUG + "/discussions", token);
            }
            case READ_DISCUSSION -> {
                reply = api.get("api/discussions/" + discussion, token);
                nonExistent = api.get("api/discussions/" + NO_SUCH_ID, token);
            }
            case READ_POST -> {
                reply = api.get("api/posts/" + post, token);
                nonExistent = api.get("api/posts/" + NO_SUCH_ID, token);
            }
            case READ_REVISIONS -> {
                reply = api.get("api/posts/" + post + "/revisions", token);
                nonExistent = api.get("api/posts/" + NO_SUCH_ID + "/revisions", token);
                if (reply.status() == 200) {
                    assertEquals(
                            "The author's update",
                            reply.json()
                                    .getJsonArray("revisions")
                                    .getJsonObject(0)
                                    .getString("body"));
                }
            }
            case START_DISCUSSION -> {
                // each cell posts its own words: the same text twice in a minute is refused as a repeat
                reply = api.post(
                        "api/groups/" + slug + "/discussions",
                        token,
                        Json.createObjectBuilder().add("body", SampleMembers.unique("New")));
                nonExistent = api.post(
                        "api/groups/" + NO_SUCH_SLUG + "/discussions",
                        token,
                        Json.createObjectBuilder().add("body", "New"));
            }
            case REPLY -> {
                reply = api.post(
                        "api/discussions/" + discussion + "/posts",
                        token,
                        Json.createObjectBuilder().add("body", SampleMembers.unique("Hi")));
                nonExistent = api.post(
                        "api/discussions/" + NO_SUCH_ID + "/posts",
                        token,
                        Json.createObjectBuilder().add("body", "Hi"));
            }
            case EDIT_OTHERS_POST -> {
                reply = api.patch(
                        "api/posts/" + post, token, Json.createObjectBuilder().add("body", "Vandalised"));
                nonExistent = api.patch(
                        "api/posts/" + NO_SUCH_ID,
                        token,
                        Json.createObjectBuilder().add("body", "x"));
            }
            case DELETE_OTHERS_POST -> {
                reply = api.delete("api/posts/" + post, token);
                nonExistent = api.delete("api/posts/" + NO_SUCH_ID, token);
            }
            case EDIT_OWN_POST -> {
                long own = api.reply(token, discussion, null, SampleMembers.unique("My first words"))
                        .getJsonNumber("id")
                        .longValue();
                reply = api.patch(
                        "api/posts/" + own, token, Json.createObjectBuilder().add("body", "My better words"));
                nonExistent = null;
                if (reply.status() == 200) {
                    assertEquals("My better words", reply.json().getString("body"));
                }
            }
            case HIDE_POST -> {
                long target = api.reply(
                                w.author().token(),
                                discussion,
                                null,
                                SampleMembers.unique("Something a moderator may hide"))
                        .getJsonNumber("id")
                        .longValue();
                reply = api.put(
                        "api/posts/" + target + "/hidden",
                        token,
                        Json.createObjectBuilder().add("hidden", true));
                nonExistent = api.put(
                        "api/posts/" + NO_SUCH_ID + "/hidden",
                        token,
                        Json.createObjectBuilder().add("hidden", true));
                boolean hidden = api.get("api/posts/" + target, w.author().token())
                        .expect(200)
                        .json()
                        .getBoolean("hidden");
                assertEquals(reply.status() == 200, hidden, "hidden after " + reply);
            }
            case FLAG_POST -> {
                long target = api.reply(
                                w.author().token(),
                                discussion,
                                null,
                                SampleMembers.unique("Something a member may flag"))
                        .getJsonNumber("id")
                        .longValue();
                JsonObjectBuilder spam = Json.createObjectBuilder().add("reason", "SPAM");
                reply = api.post("api/posts/" + target + "/flags", token, spam);
                nonExistent = api.post("api/posts/" + NO_SUCH_ID + "/flags", token, spam);
            }
            case LOCK_DISCUSSION -> {
                long target = api.startDiscussion(
                                w.tokens().get(PermissionMatrix.Who.OWNER),
                                slug,
                                null,
                                SampleMembers.unique("A discussion a moderator may lock"))
                        .getJsonNumber("id")
                        .longValue();
                reply = api.post("api/moderation/actions", token, lock(target));
                nonExistent = api.post("api/moderation/actions", token, lock(NO_SUCH_ID));
            }
            default -> throw new IllegalStateException();
        }
        assertEquals(cell.expected(), reply.status(), () -> cell.name() + " but got " + reply);
        if (reply.status() >= 400) {
            assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        }
        if (cell.expected() == 404) {
            assertEquals(
                    nonExistent.text(), reply.text(), "an unreadable thing must answer exactly like a missing one");
            assertEquals(nonExistent.status(), reply.status());
        }
        if (cell.action() == Action.EDIT_OTHERS_POST || cell.action() == Action.DELETE_OTHERS_POST) {
            JsonObject stillThere =
                    api.get("api/posts/" + post, w.author().token()).expect(200).json();
            assertEquals("Edited once", stillThere.getString("body"));
        }
    }

    @Test
    void privateGroupsAreListedOnlyToTheirMembers() {
        ApiClient api = api();
        Account owner = member("Private owner");
        Account outsider = member("Private outsider");
        String privateSlug = api.createGroup(owner.token(), SampleMembers.unique("Secret circle"), "PRIVATE", "INVITE");
        String membersSlug = api.createGroup(owner.token(), SampleMembers.unique("Members circle"), "MEMBERS", "OPEN");
        String publicSlug = api.createGroup(owner.token(), SampleMembers.unique("Public circle"), "PUBLIC", "OPEN");
        assertEquals(
                Set.of(privateSlug, membersSlug, publicSlug),
                slugsListed(owner.token(), privateSlug, membersSlug, publicSlug));
        assertEquals(
                Set.of(membersSlug, publicSlug), slugsListed(outsider.token(), privateSlug, membersSlug, publicSlug));
        assertEquals(Set.of(publicSlug), slugsListed(null, privateSlug, membersSlug, publicSlug));
        assertFalse(api.get("api/groups", outsider.token()).text().contains(privateSlug));
    }

    private Set<String> slugsListed(String token, String... mine) {
        Set<String> wanted = Set.of(mine);
        Set<String> listed = new HashSet<>();
        for (JsonObject group :
                api().get("api/groups", token).expect(200).array().getValuesAs(JsonObject.class)) {
            if (wanted.contains(group.getString("slug"))) {
                listed.add(group.getString("slug"));
            }
        }
        return listed;
    }

    // ---------------------------------------------------------------- memberships

    @Test
    void openJoinIsActiveAtOnce() {
        ApiClient api = api();
        Account owner = member("Open owner");
        Account joiner = member("Open joiner");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Open group"), "PUBLIC", "OPEN");
        JsonObject membership = api.join(joiner.token(), slug).expect(200).json();
        assertEquals("ACTIVE", membership.getString("status"));
        assertEquals("MEMBER", membership.getString("role"));
        api.startDiscussion(joiner.token(), slug, null, "Hello all");
        assertEquals(403, api.join(null, slug).status(), "anonymous cannot join");
    }

    @Test
    void requestsWaitForAnOwnerOrModerator() {
        ApiClient api = api();
        Account owner = member("Request owner");
        Account moderator = member("Request moderator");
        Account plain = member("Request member");
        Account first = member("First asker");
        Account second = member("Second asker");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Request group"), "MEMBERS", "REQUEST");

        assertEquals(
                "REQUESTED", api.join(first.token(), slug).expect(200).json().getString("status"));
        assertEquals(
                403,
                api.post(
                                "api/groups/" + slug + "/discussions",
                                first.token(),
                                Json.createObjectBuilder().add("body", "too early"))
                        .status(),
                "a pending member cannot post");
        JsonObject approved = api.put(
                        "api/groups/" + slug + "/members/" + first.id(),
                        owner.token(),
                        Json.createObjectBuilder().add("approve", true))
                .expect(200)
                .json();
        assertEquals("ACTIVE", approved.getString("status"));

        // a moderator approves; a plain member may not
        for (Account account : List.of(moderator, plain)) {
            api.join(account.token(), slug).expect(200);
            api.put(
                            "api/groups/" + slug + "/members/" + account.id(),
                            owner.token(),
                            Json.createObjectBuilder().add("approve", true))
                    .expect(200);
        }
        api.put(
                        "api/groups/" + slug + "/members/" + moderator.id(),
                        owner.token(),
                        Json.createObjectBuilder().add("role", "MODERATOR"))
                .expect(200);
        api.join(second.token(), slug).expect(200);
        assertProblem(
                api.put(
                        "api/groups/" + slug + "/members/" + second.id(),
                        plain.token(),
                        Json.createObjectBuilder().add("approve", true)),
                403,
                null);
        assertEquals(
                "ACTIVE",
                api.put(
                                "api/groups/" + slug + "/members/" + second.id(),
                                moderator.token(),
                                Json.createObjectBuilder().add("approve", true))
                        .expect(200)
                        .json()
                        .getString("status"));
    }

    @Test
    void inviteOnlyGroupsNeedAnInvitation() {
        ApiClient api = api();
        Account owner = member("Invite owner");
        Account guest = member("Invited guest");
        Account stranger = member("Uninvited");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Invite group"), "PUBLIC", "INVITE");
        assertProblem(api.join(stranger.token(), slug), 403, null);
        assertEquals(
                "INVITED",
                api.invite(owner.token(), slug, guest.id()).expect(200).json().getString("status"));
        assertEquals("ACTIVE", api.join(guest.token(), slug).expect(200).json().getString("status"));
        assertProblem(api.invite(guest.token(), slug, stranger.id()), 403, null);
        assertProblem(api.invite(owner.token(), slug, NO_SUCH_ID), 400, "memberId");
    }

    @Test
    void anInviteeOfAPrivateGroupCanAcceptAndALeaverLosesSight() {
        ApiClient api = api();
        Account owner = member("Private host");
        Account guest = member("Private guest");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Private room"), "PRIVATE", "INVITE");
        long discussion = api.startDiscussion(owner.token(), slug, null, "Only for us")
                .getJsonNumber("id")
                .longValue();
        api.get("api/groups/" + slug, guest.token()).expect(404);
        api.invite(owner.token(), slug, guest.id()).expect(200);
        assertEquals("ACTIVE", api.join(guest.token(), slug).expect(200).json().getString("status"));
        api.get("api/groups/" + slug, guest.token()).expect(200);
        api.get("api/discussions/" + discussion, guest.token()).expect(200);

        api.delete("api/groups/" + slug + "/members/" + guest.id(), guest.token())
                .expect(204);
        assertEquals(
                api.get("api/groups/" + NO_SUCH_SLUG, guest.token()).text(),
                api.get("api/groups/" + slug, guest.token()).expect(404).text());
        api.get("api/discussions/" + discussion, guest.token()).expect(404);
    }

    @Test
    void anInvitationIsSeenByItsInviteeOnlyAndCanBeListedCancelledOrDeclined() {
        ApiClient api = api();
        Account owner = member("Invitation host");
        Account guest = member("Invitation guest");
        Account plain = member("Invitation member");
        Account outsider = member("Invitation outsider");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Quiet room"), "PRIVATE", "INVITE");
        long discussion = api.startDiscussion(owner.token(), slug, null, "Not for guests yet")
                .getJsonNumber("id")
                .longValue();
        api.invite(owner.token(), slug, plain.id()).expect(200);
        api.join(plain.token(), slug).expect(200);
        api.invite(owner.token(), slug, guest.id()).expect(200);

        // the invitee sees the group in the list and by itself, with the invitation, and nothing inside it
        assertEquals(
                "INVITED",
                listed(guest.token(), slug).getJsonObject("myMembership").getString("status"));
        JsonObject invitation =
                api.get("api/groups/" + slug, guest.token()).expect(200).json();
        assertEquals("INVITED", invitation.getJsonObject("myMembership").getString("status"));
        api.get("api/discussions/" + discussion, guest.token()).expect(404);
        api.get("api/groups/" + slug + "/discussions", guest.token()).expect(404);
        api.get("api/groups/" + slug + "/members", guest.token()).expect(404);
        // everyone else: as before
        assertEquals(
                "OWNER",
                listed(owner.token(), slug).getJsonObject("myMembership").getString("role"));
        assertEquals(
                "ACTIVE",
                listed(plain.token(), slug).getJsonObject("myMembership").getString("status"));
        assertEquals(Set.of(), slugsListed(outsider.token(), slug));
        api.get("api/groups/" + slug, outsider.token()).expect(404);
        String open = api.createGroup(owner.token(), SampleMembers.unique("Open room"), "PUBLIC", "OPEN");
        assertTrue(listed(null, open).isNull("myMembership"), "anonymous: no membership");
        assertTrue(listed(outsider.token(), open).isNull("myMembership"), "not a member");

        // pending invitations: for owners and moderators
        JsonArray pending = api.get("api/groups/" + slug + "/invitations", owner.token())
                .expect(200)
                .array();
        assertEquals(1, pending.size());
        assertEquals(
                guest.id(),
                pending.getJsonObject(0)
                        .getJsonObject("member")
                        .getJsonNumber("id")
                        .longValue());
        assertEquals("INVITED", pending.getJsonObject(0).getString("status"));
        assertProblem(api.get("api/groups/" + slug + "/invitations", plain.token()), 403, null);
        assertProblem(api.get("api/groups/" + slug + "/invitations", guest.token()), 404, null);
        assertProblem(api.get("api/groups/" + slug + "/invitations", outsider.token()), 404, null);
        assertProblem(api.delete("api/groups/" + slug + "/invitations/" + guest.id(), plain.token()), 403, null);
        assertProblem(api.delete("api/groups/" + slug + "/invitations/" + plain.id(), owner.token()), 404, null);

        // cancelled: the group is gone from the guest's sight again
        api.delete("api/groups/" + slug + "/invitations/" + guest.id(), owner.token())
                .expect(204);
        api.get("api/groups/" + slug, guest.token()).expect(404);
        assertEquals(Set.of(), slugsListed(guest.token(), slug));
        assertProblem(api.delete("api/groups/" + slug + "/invitations/" + guest.id(), owner.token()), 404, null);

        // invited again, and declined by the guest
        api.invite(owner.token(), slug, guest.id()).expect(200);
        api.delete("api/groups/" + slug + "/members/me", guest.token()).expect(204);
        api.get("api/groups/" + slug, guest.token()).expect(404);
        assertEquals(
                0,
                api.get("api/groups/" + slug + "/invitations", owner.token())
                        .expect(200)
                        .array()
                        .size());
        assertProblem(api.delete("api/groups/" + slug + "/members/me", null), 403, null);
        assertProblem(api.delete("api/groups/" + slug + "/members/me", outsider.token()), 404, null);
    }

    private JsonObject listed(String token, String slug) {
        return api().get("api/groups", token).expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("slug").equals(slug))
                .findFirst()
                .orElseThrow(() -> new AssertionError(slug + " is not listed"));
    }

    @Test
    void theLastOwnerCannotLeaveAndOnlyOwnersChangeRoles() {
        ApiClient api = api();
        Account owner = member("Only owner");
        Account moderator = member("Role moderator");
        Account plain = member("Role member");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Roles group"), "PUBLIC", "OPEN");
        api.join(moderator.token(), slug).expect(200);
        api.join(plain.token(), slug).expect(200);
        assertProblem(api.delete("api/groups/" + slug + "/members/" + owner.id(), owner.token()), 409, "memberId");

        api.put(
                        "api/groups/" + slug + "/members/" + moderator.id(),
                        owner.token(),
                        Json.createObjectBuilder().add("role", "MODERATOR"))
                .expect(200);
        assertProblem(
                api.put(
                        "api/groups/" + slug + "/members/" + plain.id(),
                        moderator.token(),
                        Json.createObjectBuilder().add("role", "MODERATOR")),
                403,
                null);
        assertProblem(
                api.put(
                        "api/groups/" + slug + "/members/" + moderator.id(),
                        plain.token(),
                        Json.createObjectBuilder().add("role", "MEMBER")),
                403,
                null);
        assertProblem(
                api.put(
                        "api/groups/" + slug + "/members/" + plain.id(),
                        owner.token(),
                        Json.createObjectBuilder().add("role", "EMPEROR")),
                400,
                "role");
        assertProblem(
                api.put(
                        "api/groups/" + slug + "/members/" + owner.id(),
                        owner.token(),
                        Json.createObjectBuilder().add("role", "MEMBER")),
                409,
                "role");

        // with a second owner, the first may leave
        api.put(
                        "api/groups/" + slug + "/members/" + plain.id(),
                        owner.token(),
                        Json.createObjectBuilder().add("role", "OWNER"))
                .expect(200);
        api.delete("api/groups/" + slug + "/members/" + owner.id(), owner.token())
                .expect(204);
        assertTrue(
                api.get("api/groups/" + slug, owner.token()).expect(200).json().isNull("myMembership"));
    }

    @Test
    void anOwnerChangesAGroupAndArchivesItAndNobodyWritesToItUntilItIsRestored() {
        ApiClient api = api();
        Account owner = member("Settings owner");
        Account member = member("Settings member");
        Account latecomer = member("Settings latecomer");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Settings"), "PUBLIC", "OPEN");
        api.join(member.token(), slug).expect(200);
        long discussion = api.startDiscussion(member.token(), slug, null, "Before archiving")
                .getJsonNumber("id")
                .longValue();
        String group = "api/groups/" + slug;

        assertProblem(
                api.patch(group, member.token(), Json.createObjectBuilder().add("name", "Mine now")), 403, null);
        assertProblem(api.patch(group, null, Json.createObjectBuilder().add("name", "Mine now")), 403, null);
        assertProblem(api.patch(group, owner.token(), Json.createObjectBuilder().add("name", " ")), 400, "name");
        assertProblem(
                api.patch(group, owner.token(), Json.createObjectBuilder().add("visibility", "SECRET")),
                400,
                "visibility");

        String newName = SampleMembers.unique("Renamed");
        JsonObject renamed = api.patch(
                        group,
                        owner.token(),
                        Json.createObjectBuilder().add("name", newName).add("joinPolicy", "REQUEST"))
                .expect(200)
                .json();
        assertEquals(newName, renamed.getString("name"));
        assertEquals(slug, renamed.getString("slug"), "the address stays");
        assertEquals("REQUEST", renamed.getString("joinPolicy"));
        assertEquals("PUBLIC", renamed.getString("visibility"), "left out: kept");

        api.patch(group, owner.token(), Json.createObjectBuilder().add("visibility", "PRIVATE"))
                .expect(200);
        assertProblem(api.get(group, null), 404, null);
        assertProblem(api.get("api/discussions/" + discussion, latecomer.token()), 404, null);
        api.get("api/discussions/" + discussion, member.token()).expect(200);
        api.patch(
                        group,
                        owner.token(),
                        Json.createObjectBuilder().add("visibility", "PUBLIC").add("joinPolicy", "OPEN"))
                .expect(200);

        JsonObject archived = api.patch(
                        group, owner.token(), Json.createObjectBuilder().add("archived", true))
                .expect(200)
                .json();
        assertFalse(archived.isNull("archivedAt"), archived::toString);
        api.get("api/discussions/" + discussion, null).expect(200);
        Reply refusedStart = api.post(
                group + "/discussions",
                member.token(),
                Json.createObjectBuilder().add("body", "After"));
        assertProblem(refusedStart, 403, null);
        assertTrue(refusedStart.json().getString("detail").contains("archived"), refusedStart::toString);
        assertProblem(
                api.post(
                        "api/discussions/" + discussion + "/posts",
                        member.token(),
                        Json.createObjectBuilder().add("body", "Late reply")),
                403,
                null);
        long opening = api.thread(member.token(), discussion)
                .getJsonArray("posts")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertProblem(
                api.patch(
                        "api/posts/" + opening,
                        member.token(),
                        Json.createObjectBuilder().add("body", "Edited")),
                403,
                null);
        assertProblem(api.join(latecomer.token(), slug), 403, null);

        JsonObject restored = api.patch(
                        group, owner.token(), Json.createObjectBuilder().add("archived", false))
                .expect(200)
                .json();
        assertTrue(restored.isNull("archivedAt"), restored::toString);
        api.post(
                        "api/discussions/" + discussion + "/posts",
                        member.token(),
                        Json.createObjectBuilder().add("body", "Back again"))
                .expect(201);
        api.join(latecomer.token(), slug).expect(200);
    }

    @Test
    void aGroupNamedLikeAPrivateOneGetsTheSameAddressAsIfTheOtherDidNotExist() {
        ApiClient api = api();
        Account insider = member("Slug insider");
        Account outsider = member("Slug outsider");
        String name = SampleMembers.unique("Quiet review panel");
        String privateSlug = api.createGroup(insider.token(), name, "PRIVATE", "INVITE");
        String plain = org.qicommons.group.Slugs.of(name);
        assertTrue(privateSlug.matches(Pattern.quote(plain) + "-[a-z0-9]{6}"), privateSlug);
        String publicSlug = api.createGroup(outsider.token(), name, "PUBLIC", "OPEN");
        assertEquals(plain, publicSlug, "no -2: nothing tells the outsider the private group exists");
        assertNotEquals(privateSlug, api.createGroup(insider.token(), name, "PRIVATE", "INVITE"));
    }

    @Test
    void searchRefusesPagesAndDatesOutOfRangeNamingTheParameter() {
        ApiClient api = api();
        assertProblem(api.get("api/search?q=care&page=2147483647", null), 400, "page");
        assertProblem(api.get("api/search?q=care&page=-1", null), 400, "page");
        assertProblem(api.get("api/search?q=care&from=%2B999999999-12-31", null), 400, "from");
        assertProblem(api.get("api/search?q=care&to=-999999999-01-01", null), 400, "to");
        api.get("api/search?q=care&page=500&from=1900-01-01&to=9999-12-31", null)
                .expect(200);
        Reply page = api.send(
                "GET",
                "search/?q=care&page=2147483647&from=%2B999999999-12-31",
                null,
                null,
                Map.of("Accept", "text/html"));
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.text().contains("between the years 1900 and 9999"), "the page says what is wrong");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndASessionIdInTheAddressIsRefused() {
        ApiClient browser = api().overHttp11();
        Reply signIn = browser.send("GET", "member/signin.xhtml", null, null, Map.of("Accept", "text/html"));
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        String sessionId = cookie.replaceAll("^JSESSIONID=([^;]*).*$", "$1");
        for (String path : List.of("member/signin.xhtml;jsessionid=" + sessionId, "group/;jsessionid=" + sessionId)) {
            Reply fixed = browser.send("GET", path, null, null, Map.of("Accept", "text/html"));
            assertEquals(400, fixed.status(), () -> path + ": " + fixed);
            assertFalse(fixed.headers().firstValue("Set-Cookie").isPresent(), path);
        }
        assertEquals(
                400,
                browser.send("GET", "api/groups;jsessionid=" + sessionId, null, null, Map.of())
                        .status());
    }

    @Test
    void aFormSentWithAViewStateWeDoNotHoldIsABadRequestNotAServerError() {
        ApiClient browser = api().overHttp11();
        Reply signIn = browser.send("GET", "member/signin.xhtml", null, null, Map.of("Accept", "text/html"));
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().replaceAll(";.*$", "");
        for (String state : List.of("garbage", "-1234:5678")) {
            String form = "signin=signin&signin%3Aemail=a%40example.org&signin%3Apassword=not-the-password"
                    + "&signin%3Asignin-button=Sign+in&jakarta.faces.ViewState="
                    + URLEncoder.encode(state, StandardCharsets.UTF_8);
            Reply sent = browser.send(
                    "POST",
                    "member/signin.xhtml",
                    null,
                    form,
                    Map.of(
                            "Content-Type",
                            "application/x-www-form-urlencoded",
                            "Cookie",
                            cookie,
                            "Accept",
                            "text/html"));
            assertEquals(400, sent.status(), () -> state + ": " + sent);
            assertTrue(sent.text().contains("Please try again"), state);
        }
    }

    @Test
    void twoOwnersDemotingEachOtherAtOnceLeaveTheGroupAnOwner() throws Exception {
        ApiClient api = api();
        Account first = member("Racing owner one");
        Account second = member("Racing owner two");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String slug = api.createGroup(first.token(), SampleMembers.unique("Two owners"), "PUBLIC", "OPEN");
                api.join(second.token(), slug).expect(200);
                api.put(
                                "api/groups/" + slug + "/members/" + second.id(),
                                first.token(),
                                Json.createObjectBuilder().add("role", "OWNER"))
                        .expect(200);
                var start = new java.util.concurrent.CountDownLatch(1);
                var demoteSecond = pool.submit(() -> {
                    start.await();
                    return api.put(
                                    "api/groups/" + slug + "/members/" + second.id(),
                                    first.token(),
                                    Json.createObjectBuilder().add("role", "MEMBER"))
                            .status();
                });
                var demoteFirst = pool.submit(() -> {
                    start.await();
                    return api.put(
                                    "api/groups/" + slug + "/members/" + first.id(),
                                    second.token(),
                                    Json.createObjectBuilder().add("role", "MEMBER"))
                            .status();
                });
                start.countDown();
                List<Integer> statuses = List.of(demoteSecond.get(), demoteFirst.get());
                long owners = api.get("api/groups/" + slug + "/members", first.token()).expect(200).array().stream()
                        .filter(m -> "OWNER".equals(((JsonObject) m).getString("role")))
                        .count();
                assertEquals(1, owners, () -> "round with answers " + statuses);
                assertTrue(
                        statuses.contains(200) && statuses.stream().allMatch(s -> s == 200 || s == 403 || s == 409),
                        statuses::toString);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identicalCreatesAtTheSameMomentAnswerConflictNeverServerError() throws Exception {
        ApiClient api = api();
        Account owner = member("Concurrent creator");
        Account joiner = member("Concurrent joiner");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Busy group"), "PUBLIC", "OPEN");
        SampleMembers.NewMember twin = SampleMembers.named("Double clicker", null);
        String organisation = SampleMembers.unique("Twin Trust");
        String groupName = SampleMembers.unique("Twin group");
        Map<String, java.util.concurrent.Callable<Reply>> creates = new java.util.LinkedHashMap<>();
        creates.put("sign-up", () -> api.post("api/members", null, twin.json()));
        creates.put(
                "organisation",
                () -> api.post(
                        "api/organisations",
                        owner.token(),
                        Json.createObjectBuilder().add("name", organisation).add("type", "NHS_TRUST")));
        creates.put(
                "group",
                () -> api.post(
                        "api/groups",
                        owner.token(),
                        Json.createObjectBuilder()
                                .add("name", groupName)
                                .add("visibility", "PUBLIC")
                                .add("joinPolicy", "OPEN")));
        creates.put("join", () -> api.join(joiner.token(), slug));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (var create : creates.entrySet()) {
                var start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Reply>> sent = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    sent.add(pool.submit(() -> {
                        start.await();
                        return create.getValue().call();
                    }));
                }
                start.countDown();
                List<Reply> replies = new ArrayList<>();
                for (var reply : sent) {
                    replies.add(reply.get());
                }
                String what = create.getKey() + ": "
                        + replies.stream().map(Reply::status).toList();
                assertTrue(replies.stream().allMatch(r -> r.status() < 500), what);
                assertTrue(replies.stream().anyMatch(r -> r.status() == 200 || r.status() == 201), what);
                replies.stream().filter(r -> r.status() >= 400).forEach(r -> assertProblem(r, 409, null));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void personalAccessTokensAreNamedListedRevokedAndExpire() {
        ApiClient api = api();
        Account member = member("Token keeper");
        Account other = member("Other token keeper");
        JsonObject named = api.post(
                        "api/tokens",
                        null,
                        Json.createObjectBuilder()
                                .add("email", member.email())
                                .add("password", member.password())
                                .add("name", "Power BI refresh"))
                .expect(201)
                .json();
        String second = named.getString("token");
        assertEquals("Power BI refresh", named.getString("name"));
        java.time.Instant expires = java.time.Instant.parse(named.getString("expiresAt"));
        java.time.Instant inNinetyDays = java.time.Instant.now().plus(java.time.Duration.ofDays(90));
        assertTrue(Math.abs(java.time.Duration.between(expires, inNinetyDays).toMinutes()) < 10, expires::toString);
        assertProblem(
                api.post(
                        "api/tokens",
                        null,
                        Json.createObjectBuilder()
                                .add("email", member.email())
                                .add("password", member.password())
                                .add("name", "x".repeat(101))),
                400,
                "name");

        JsonArray listed = api.get("api/tokens", member.token()).expect(200).array();
        assertEquals(2, listed.size(), listed::toString);
        assertEquals("Power BI refresh", listed.getJsonObject(0).getString("name"), "newest first");
        assertFalse(
                listed.toString().contains(second) || listed.toString().contains(member.token()), "never the token");
        assertFalse(listed.getJsonObject(1).isNull("lastUsedAt"), "the one in use says when");
        assertProblem(api.get("api/tokens", null), 403, null);

        long secondId = named.getJsonNumber("id").longValue();
        assertProblem(api.delete("api/tokens/" + secondId, other.token()), 404, null);
        api.delete("api/tokens/" + secondId, member.token()).expect(204);
        assertProblem(api.get("api/members/me", second), 401, null);
        api.get("api/members/me", member.token()).expect(200);

        api.delete("api/tokens", member.token()).expect(204);
        assertProblem(api.get("api/members/me", member.token()), 401, null);
        api.get("api/members/me", other.token()).expect(200);
    }

    // ---------------------------------------------------------------- error cases

    private static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply::toString);
        assertNotNull(problem.getString("title", null), reply::toString);
        if (field != null) {
            assertEquals(field, reply.field(), reply::toString);
        }
    }

    @Test
    void signUpRefusesBadInputNamingTheField() {
        ApiClient api = api();
        var sample = SampleMembers.practitioner();
        assertProblem(
                api.post(
                        "api/members",
                        null,
                        Json.createObjectBuilder()
                                .add("displayName", "No Mail")
                                .add("password", SampleMembers.PASSWORD)),
                400,
                "email");
        assertProblem(api.post("api/members", null, sample.json().add("email", "not-an-address")), 400, "email");
        assertProblem(api.post("api/members", null, sample.json().add("password", "short")), 400, "password");
        assertProblem(api.post("api/members", null, sample.json().add("displayName", "  ")), 400, "displayName");
        assertProblem(
                api.post("api/members", null, sample.json().add("organisationId", NO_SUCH_ID)), 400, "organisationId");
        assertProblem(
                api.send(
                        "POST",
                        "api/members",
                        null,
                        sample.json().build().toString().replaceFirst("\\{", "{\"organisationId\":\"abc\","),
                        Map.of()),
                400,
                "organisationId");

        // unknown fields are ignored; the same address twice (in any case) is a conflict
        api.post("api/members", null, sample.json().add("favouriteColour", "teal"))
                .expect(201);
        assertProblem(api.post("api/members", null, sample.json()), 409, "email");
        assertProblem(
                api.post(
                        "api/members",
                        null,
                        sample.json().add("email", sample.email().toUpperCase())),
                409,
                "email");
    }

    @Test
    void malformedOrMissingBodiesAreBadRequestsNeverServerErrors() {
        ApiClient api = api();
        Account owner = member("Body owner");
        for (String path : List.of("api/members", "api/tokens", "api/organisations", "api/groups")) {
            for (String broken :
                    List.of("{\"email\": ", "not json", "[1, 2", "{\"name\": \"x\",}", "\"just a string\"")) {
                Reply reply = api.send("POST", path, owner.token(), broken, Map.of());
                assertProblem(reply, 400, null);
            }
            assertProblem(api.send("POST", path, owner.token(), null, Map.of()), 400, null);
            assertProblem(api.send("POST", path, owner.token(), "", Map.of()), 400, null);
        }
        assertProblem(api.send("POST", "api/groups", owner.token(), null, Map.of()), 400, "body");
        assertProblem(api.send("POST", "api/groups", owner.token(), "{\"name\": [1]}", Map.of()), 400, null);
    }

    @Test
    void groupsDiscussionsAndPostsRefuseBadInputNamingTheField() {
        ApiClient api = api();
        Account owner = member("Input owner");
        assertProblem(
                api.post(
                        "api/groups",
                        owner.token(),
                        Json.createObjectBuilder()
                                .add("name", "G")
                                .add("visibility", "SECRET")
                                .add("joinPolicy", "OPEN")),
                400,
                "visibility");
        assertProblem(
                api.post(
                        "api/groups",
                        owner.token(),
                        Json.createObjectBuilder()
                                .add("name", "G")
                                .add("visibility", "PUBLIC")
                                .add("joinPolicy", "MAYBE")),
                400,
                "joinPolicy");
        assertProblem(
                api.post(
                        "api/groups",
                        owner.token(),
                        Json.createObjectBuilder().add("visibility", "PUBLIC").add("joinPolicy", "OPEN")),
                400,
                "name");
        assertProblem(
                api.post(
                        "api/groups",
                        null,
                        Json.createObjectBuilder()
                                .add("name", "Anonymous group")
                                .add("visibility", "PUBLIC")
                                .add("joinPolicy", "OPEN")),
                403,
                null);
        assertProblem(
                api.post(
                        "api/organisations",
                        owner.token(),
                        Json.createObjectBuilder()
                                .add("name", SampleMembers.unique("Org"))
                                .add("type", "SPACESHIP")),
                400,
                "type");
        // anyone could otherwise appear as a regulator: a visitor cannot add an organisation
        assertProblem(
                api.post(
                        "api/organisations",
                        null,
                        Json.createObjectBuilder()
                                .add("name", SampleMembers.unique("Care Quality Commission"))
                                .add("type", "REGULATOR")),
                403,
                null);

        String slug = api.post(
                        "api/groups",
                        owner.token(),
                        Json.createObjectBuilder()
                                .add("name", SampleMembers.unique("Input"))
                                .add("visibility", "PUBLIC")
                                .add("joinPolicy", "OPEN")
                                .add("colour", "teal"))
                .expect(201)
                .json()
                .getString("slug");
        String discussions = "api/groups/" + slug + "/discussions";
        assertProblem(
                api.post(discussions, owner.token(), Json.createObjectBuilder().add("body", "")), 400, "body");
        assertProblem(
                api.post(discussions, owner.token(), Json.createObjectBuilder().add("body", " \n ")), 400, "body");
        assertProblem(
                api.post(discussions, owner.token(), Json.createObjectBuilder().add("title", "t")), 400, "body");
        assertProblem(
                api.post(
                        discussions,
                        owner.token(),
                        Json.createObjectBuilder().add("title", "x".repeat(301)).add("body", "b")),
                400,
                "title");
        assertProblem(
                api.post(discussions, owner.token(), Json.createObjectBuilder().add("body", "x".repeat(50_001))),
                400,
                "body");
        JsonObject longest = api.post(
                        discussions,
                        owner.token(),
                        Json.createObjectBuilder()
                                .add("title", "t".repeat(300))
                                .add("body", "y".repeat(50_000))
                                .add("mood", "happy"))
                .expect(201)
                .json();
        assertEquals(300, longest.getString("title").length());
        assertEquals(
                50_000,
                longest.getJsonArray("posts").getJsonObject(0).getString("body").length());

        long discussion = longest.getJsonNumber("id").longValue();
        long opening = longest.getJsonArray("posts")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long other = api.startDiscussion(owner.token(), slug, null, "Another")
                .getJsonArray("posts")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String replies = "api/discussions/" + discussion + "/posts";
        assertProblem(
                api.post(
                        replies,
                        owner.token(),
                        Json.createObjectBuilder().add("body", "r").add("replyTo", other)),
                400,
                "replyTo");
        assertProblem(
                api.post(
                        replies,
                        owner.token(),
                        Json.createObjectBuilder().add("body", "r").add("replyTo", NO_SUCH_ID)),
                400,
                "replyTo");
        assertProblem(
                api.post(
                        replies,
                        owner.token(),
                        Json.createObjectBuilder().add("body", "r").add("replyTo", "first")),
                400,
                "replyTo");
        assertProblem(
                api.post(replies, owner.token(), Json.createObjectBuilder().add("body", "z".repeat(50_001))),
                400,
                "body");
        api.post(replies, owner.token(), Json.createObjectBuilder().add("body", "z".repeat(50_000)))
                .expect(201);
        assertProblem(
                api.patch(
                        "api/posts/" + opening,
                        owner.token(),
                        Json.createObjectBuilder().add("body", "")),
                400,
                "body");
        assertProblem(api.patch("api/posts/" + opening, owner.token(), Json.createObjectBuilder()), 400, "body");
        assertProblem(
                api.patch(
                        "api/posts/" + opening,
                        owner.token(),
                        Json.createObjectBuilder().add("title", "x".repeat(301))),
                400,
                "title");
        assertProblem(
                api.put(
                        "api/posts/" + opening + "/hidden",
                        owner.token(),
                        Json.createObjectBuilder().add("hidden", Json.createObjectBuilder())),
                400,
                "hidden");
        assertProblem(
                api.put("api/posts/" + opening + "/hidden", owner.token(), Json.createObjectBuilder()), 400, "hidden");
        assertFalse(api.get("api/posts/" + opening, owner.token())
                .expect(200)
                .json()
                .getBoolean("hidden"));
    }

    @Test
    void listsRefuseBadSizesAndCursors() {
        ApiClient api = api();
        Account owner = member("Paging owner");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Paging input"), "PUBLIC", "OPEN");
        long discussion = api.startDiscussion(owner.token(), slug, null, "One")
                .getJsonNumber("id")
                .longValue();
        for (String list :
                List.of("api/groups/" + slug + "/discussions", "api/discussions", "api/discussions/" + discussion)) {
            for (String size : List.of("101", "0", "-1", "abc", "1e3")) {
                assertProblem(api.get(list + "?size=" + size, null), 400, "size");
            }
            api.get(list + "?size=100", null).expect(200);
            api.get(list + "?size=1", null).expect(200);
            api.get(list, null).expect(200);
        }
        for (String cursor : List.of("garbage", "bm90LWEtY3Vyc29y", "%7E%7E", "MjAyNi0wMS0wMVQwMDowMDowMFp-YWJj")) {
            assertProblem(api.get("api/groups/" + slug + "/discussions?cursor=" + cursor, null), 400, "cursor");
            assertProblem(api.get("api/discussions?cursor=" + cursor, null), 400, "cursor");
        }
        for (String after : List.of("abc", "12345", "0000010000x2")) {
            assertProblem(api.get("api/discussions/" + discussion + "?after=" + after, null), 400, "after");
        }
    }

    @Test
    void tokensAreCheckedAndWrongPasswordsAreRateLimited() {
        ApiClient api = api();
        Account member = member("Token holder");
        assertProblem(api.get("api/members/me", "qic_not-a-real-token"), 401, null);
        assertTrue(api.get("api/groups", "qic_not-a-real-token")
                .header("WWW-Authenticate")
                .startsWith("Bearer"));
        assertProblem(
                api.post(
                        "api/tokens",
                        null,
                        Json.createObjectBuilder().add("email", member.email()).add("password", "wrong password!")),
                401,
                null);
        assertProblem(api.post("api/tokens", null, Json.createObjectBuilder().add("password", "x")), 400, "email");
        assertProblem(
                api.post("api/tokens", null, Json.createObjectBuilder().add("email", member.email())), 400, "password");
        assertEquals(
                member.id(),
                api.get("api/members/me", member.token())
                        .expect(200)
                        .json()
                        .getJsonNumber("id")
                        .longValue());
        assertProblem(api.get("api/members/me", null), 403, null);

        Account target = member("Throttled");
        for (int i = 0; i < 5; i++) {
            assertProblem(
                    api.post(
                            "api/tokens",
                            null,
                            Json.createObjectBuilder()
                                    .add("email", target.email())
                                    .add("password", "guess number " + i)),
                    401,
                    null);
        }
        Reply refused = api.post(
                "api/tokens",
                null,
                Json.createObjectBuilder().add("email", target.email()).add("password", target.password()));
        assertProblem(refused, 429, null);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, refused.header("Retry-After"));
        // other accounts are unaffected, and so is the token already issued
        api.token(member.email(), member.password());
        api.get("api/members/me", target.token()).expect(200);
    }

    @Test
    void missingThingsAreProblemNotFound() {
        ApiClient api = api();
        for (String path : List.of(
                "api/members/" + NO_SUCH_ID,
                "api/organisations/" + NO_SUCH_ID,
                "api/groups/" + NO_SUCH_SLUG,
                "api/groups/" + NO_SUCH_SLUG + "/discussions",
                "api/groups/" + NO_SUCH_SLUG + "/members",
                "api/discussions/" + NO_SUCH_ID,
                "api/posts/" + NO_SUCH_ID,
                "api/posts/" + NO_SUCH_ID + "/revisions",
                "api/no-such-resource",
                "api/posts/not-a-number")) {
            assertProblem(api.get(path, null), 404, null);
        }
    }

    @Test
    void patchingAProfileChangesOnlyTheFieldsGivenAndRefusesWhatItCannotChange() {
        ApiClient api = api();
        long organisation = api.createOrganisation(SampleMembers.unique("Patchfield Trust"), "NHS_TRUST", "Wales");
        Account member = api.signUp(SampleMembers.named("Patch Person", "Matron"), organisation);
        api.patch("api/members/me", member.token(), Json.createObjectBuilder().add("bio", "Falls and frailty."))
                .expect(200);
        JsonObject profile = api.patch(
                        "api/members/me",
                        member.token(),
                        Json.createObjectBuilder().add("jobTitle", "Head of QI"))
                .expect(200)
                .json();
        assertEquals("Falls and frailty.", profile.getString("bio"), "left out: kept");
        assertEquals("Head of QI", profile.getString("jobTitle"));
        assertEquals("Patch Person", profile.getString("displayName"));
        assertEquals(
                organisation,
                profile.getJsonObject("organisation").getJsonNumber("id").longValue());

        // null clears an optional field; a read-only field sent back unchanged is fine
        JsonObject cleared = api.patch(
                        "api/members/me",
                        member.token(),
                        Json.createObjectBuilder()
                                .addNull("bio")
                                .add("id", member.id())
                                .add("email", member.email().toUpperCase()))
                .expect(200)
                .json();
        assertTrue(cleared.isNull("bio"));
        assertEquals("Head of QI", cleared.getString("jobTitle"));

        assertProblem(
                api.patch(
                        "api/members/me",
                        member.token(),
                        Json.createObjectBuilder().addNull("displayName")),
                400,
                "displayName");
        assertProblem(
                api.patch(
                        "api/members/me",
                        member.token(),
                        Json.createObjectBuilder().add("password", "x".repeat(12))),
                400,
                "password");
        assertProblem(
                api.patch(
                        "api/members/me",
                        member.token(),
                        Json.createObjectBuilder().add("email", "new@example.org")),
                400,
                "email");
        assertProblem(
                api.patch(
                        "api/members/me",
                        member.token(),
                        Json.createObjectBuilder().add("nickname", "Pat")),
                400,
                "nickname");
        assertProblem(
                api.patch(
                        "api/members/me",
                        member.token(),
                        Json.createObjectBuilder().add("organisationId", "one")),
                400,
                "organisationId");
        assertProblem(
                api.patch(
                        "api/members/me",
                        member.token(),
                        Json.createObjectBuilder().add("bio", 7)),
                400,
                "bio");
        assertEquals(
                "Patch Person",
                api.get("api/members/me", member.token()).expect(200).json().getString("displayName"),
                "a refused patch changes nothing");
        assertProblem(
                api.patch("api/members/me", null, Json.createObjectBuilder().add("bio", "x")), 403, null);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndRevokesTokens() {
        ApiClient api = api();
        Account member = member("Password changer");
        String other = api.token(member.email(), member.password());
        JsonObjectBuilder wrong = Json.createObjectBuilder()
                .add("currentPassword", "not the password at all")
                .add("newPassword", "a new long password");
        assertProblem(api.put("api/members/me/password", member.token(), wrong), 400, "currentPassword");
        assertProblem(
                api.put(
                        "api/members/me/password",
                        member.token(),
                        Json.createObjectBuilder()
                                .add("currentPassword", member.password())
                                .add("newPassword", "short")),
                400,
                "newPassword");
        api.get("api/members/me", member.token()).expect(200);

        api.put(
                        "api/members/me/password",
                        member.token(),
                        Json.createObjectBuilder()
                                .add("currentPassword", member.password())
                                .add("newPassword", "a new long password"))
                .expect(204);
        for (String token : List.of(member.token(), other)) {
            assertProblem(api.get("api/members/me", token), 401, null); // every token is revoked
        }
        assertProblem(
                api.post(
                        "api/tokens",
                        null,
                        Json.createObjectBuilder().add("email", member.email()).add("password", member.password())),
                401,
                "password");
        api.token(member.email(), "a new long password");
    }

    @Test
    void profilesNeverShowTheEmailAddress() {
        ApiClient api = api();
        long organisation = api.createOrganisation(SampleMembers.unique("Northshire ICB"), "ICB", "North East");
        Account member = api.signUp(SampleMembers.named("Private Person", "Clinical lead"), organisation);
        Account other = member("Curious");
        for (String token : new String[] {null, other.token(), member.token()}) {
            Reply profile = api.get("api/members/" + member.id(), token).expect(200);
            assertFalse(profile.text().toLowerCase().contains(member.email().toLowerCase()), profile::toString);
            assertFalse(profile.json().containsKey("email"));
            assertEquals("ICB", profile.json().getJsonObject("organisation").getString("type"));
        }
        assertEquals(
                member.email(),
                api.get("api/members/me", member.token()).expect(200).json().getString("email"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        ApiClient api = api();
        for (Reply reply : List.of(
                api.get("api/groups", null),
                api.get("api/posts/" + NO_SUCH_ID, null),
                api.post("api/tokens", null, Json.createObjectBuilder()),
                api.get("", null))) {
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply::toString);
            assertNotNull(reply.header("Referrer-Policy"), reply::toString);
            String csp = reply.header("Content-Security-Policy");
            assertNotNull(csp, reply::toString);
            for (String directive : List.of("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'")) {
                assertTrue(csp.contains(directive), csp);
            }
        }
    }

    @Test
    void openApiAndHealthAreServed() {
        ApiClient api = api();
        Reply openApi = api.send("GET", "/openapi", null, null, Map.of("Accept", "text/plain"));
        assertEquals(200, openApi.status(), openApi::toString);
        for (String path : List.of("/discussions/{id", "/groups/{slug}/discussions", "/tokens")) {
            assertTrue(
                    openApi.text().contains(path),
                    () -> path + " not in " + openApi.text().substring(0, 1500));
        }
        String document = openApi.text();
        assertFalse(document.contains(": [0-9]"), "path templates carry no regular expressions");
        assertFalse(document.contains("\n  /:"), "no stray root path");
        assertFalse(document.contains("\nendpoints:"), "no server-specific endpoint list");
        assertTrue(document.contains("bearerToken") && document.contains("scheme: bearer"), "bearer scheme declared");
        assertTrue(document.contains("application/problem+json"), "error responses documented");
        List<String> operationIds = Pattern.compile("operationId: (\\S+)")
                .matcher(document)
                .results()
                .map(found -> found.group(1))
                .toList();
        assertTrue(operationIds.size() > 30, () -> "every operation named: " + operationIds);
        assertEquals(Set.copyOf(operationIds).size(), operationIds.size(), () -> "unique ids: " + operationIds);
        assertFalse(operationIds.contains("get") || operationIds.contains("delete"), operationIds::toString);
        Reply health = api.send("GET", "/health/ready", null, null, Map.of("Accept", "application/json"));
        assertEquals(200, health.status(), health::toString);
        assertEquals("UP", health.json().getString("status"));
    }

    @Test
    void requestsNothingAnswersGetTheSitesOwnErrorWithItsSecurityHeadersAndNoServerName() {
        // as a browser asks: HTTP/1.1 (over HTTP/2, a header block over the limit resets the stream)
        ApiClient api = api().overHttp11();
        String longQuery = "x=" + "a".repeat(9000);
        record Case(String method, String path, int status, boolean api) {}
        List<Case> cases = List.of(
                new Case("TRACE", "api/groups", 405, true),
                new Case("PROPFIND", "api/groups", 405, true),
                new Case("GET", "api/groups?" + longQuery, 414, true),
                new Case("GET", "api/application.wadl", 404, true),
                new Case("TRACE", "", 405, false),
                new Case("PROPFIND", "group/", 405, false),
                new Case("GET", "group/?" + longQuery, 414, false));
        for (Case c : cases) {
            Reply reply = api.send(c.method(), c.path(), null, null, Map.of("Accept", "text/html, */*"));
            String what =
                    c.method() + " " + c.path().substring(0, Math.min(c.path().length(), 30));
            assertEquals(c.status(), reply.status(), () -> what + ": " + reply);
            assertEquals(Optional.of("nosniff"), reply.headers().firstValue("X-Content-Type-Options"), what);
            assertTrue(reply.headers().firstValue("Content-Security-Policy").isPresent(), what);
            assertEquals(Optional.empty(), reply.headers().firstValue("Server"), what);
            if (c.api()) {
                assertTrue(reply.contentType().startsWith("application/problem+json"), () -> what + ": " + reply);
                assertEquals(c.status(), reply.json().getInt("status"), what);
            } else {
                assertTrue(reply.contentType().startsWith("text/html"), () -> what + ": " + reply);
                assertTrue(reply.text().contains("Sorry, we could not answer that request"), () -> what + reply);
                assertFalse(reply.text().contains("Payara"), what);
            }
            if (c.status() == 405) {
                assertFalse(reply.headers().firstValue("Allow").orElse("").contains("TRACE"), what);
            }
        }
        Reply untyped =
                api.send("POST", "api/groups", null, "{\"name\":\"x\"}", Map.of("Content-Type", "text/x-unknown"));
        assertTrue(untyped.status() == 400 || untyped.status() == 415, untyped::toString);
        assertTrue(untyped.contentType().startsWith("application/problem+json"), untyped::toString);
        Reply ordinary = api.send("GET", "api/groups", null, null, Map.of());
        assertEquals(Optional.empty(), ordinary.headers().firstValue("Server"), "not on ordinary answers either");
    }

    // ---------------------------------------------------------------- Markdown through the API

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");

    @Test
    void markdownIsRenderedSafely() {
        ApiClient api = api();
        Account author = member("Markdown author");
        String slug = api.createGroup(author.token(), SampleMembers.unique("Markdown"), "PUBLIC", "OPEN");
        long discussion = api.startDiscussion(author.token(), slug, null, "Payloads below")
                .getJsonNumber("id")
                .longValue();
        List<String> payloads = List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "<a href=\"javascript:alert(1)\">click</a>",
                "![img](javascript:alert(1))",
                "<svg onload=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<<script>script>alert(1)<</script>/script>",
                "```\n<script>alert(1)</script>\n```",
                "<details open ontoggle=alert(1)>",
                "[a](https://example.org \"title\\\" onmouseover=alert(1)\")");
        for (String payload : payloads) {
            String html = api.reply(author.token(), discussion, null, payload).getString("html");
            assertSafe(payload, html);
        }
        String html = api.reply(
                        author.token(),
                        discussion,
                        null,
                        "See [the NHS IQ site](https://example.org/qi) and https://example.com/auto")
                .getString("html");
        Matcher links = Pattern.compile("<a [^>]*>").matcher(html);
        int count = 0;
        while (links.find()) {
            count++;
            Matcher rel = Pattern.compile("rel=\"([^\"]*)\"").matcher(links.group());
            assertTrue(rel.find(), links.group());
            assertEquals(
                    Set.of("nofollow", "ugc", "noopener"), Set.of(rel.group(1).split(" ")), links.group());
        }
        assertEquals(2, count, html);
    }

    /** No element can run script: no script tags, no event handlers, no javascript: or data: URLs in tags. */
    private static void assertSafe(String payload, String html) {
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), payload + " → " + html);
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group().toLowerCase();
            assertFalse(tag.matches("(?s).*\\son\\w+\\s*=.*"), payload + " → " + html);
            assertFalse(tag.contains("javascript:"), payload + " → " + html);
            assertFalse(tag.contains("data:"), payload + " → " + html);
            assertFalse(
                    tag.startsWith("<iframe")
                            || tag.startsWith("<svg")
                            || tag.startsWith("<div")
                            || tag.startsWith("<details"),
                    payload + " → " + html);
            assertFalse(tag.contains("style="), payload + " → " + html);
        }
    }

    // ---------------------------------------------------------------- paging

    @Test
    void theActivityStreamPagesThroughEveryDiscussionOnceNewestFirst() {
        ApiClient api = api();
        Account owner = member("Stream owner");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Busy group"), "PUBLIC", "OPEN");
        List<Long> created = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            created.add(api.startDiscussion(owner.token(), slug, "Discussion " + i, "Body " + i)
                    .getJsonNumber("id")
                    .longValue());
        }
        List<Long> newestFirst = new ArrayList<>(created.reversed());
        assertEquals(newestFirst, readStream(api, slug, 10));

        // a reply bumps its discussion to the top
        long old = created.get(3);
        api.reply(owner.token(), old, null, "Bump");
        List<Long> afterReply = readStream(api, slug, 10);
        assertEquals(old, afterReply.get(0));
        newestFirst.remove(old);
        newestFirst.add(0, old);
        assertEquals(newestFirst, afterReply);
        assertEquals(newestFirst, readStream(api, slug, 7));
        assertEquals(newestFirst, readStream(api, slug, 100));
    }

    private static List<Long> readStream(ApiClient api, String slug, int size) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = api.get(
                            "api/groups/" + slug + "/discussions?size=" + size
                                    + (cursor == null ? "" : "&cursor=" + cursor),
                            null)
                    .expect(200)
                    .json();
            JsonArray items = page.getJsonArray("items");
            assertTrue(items.size() <= size);
            for (JsonObject item : items.getValuesAs(JsonObject.class)) {
                long id = item.getJsonNumber("id").longValue();
                if (seen.contains(id)) {
                    fail("discussion " + id + " seen twice");
                }
                seen.add(id);
            }
            cursor = page.get("nextCursor") == JsonValue.NULL ? null : page.getString("nextCursor");
            assertTrue(++pages <= 30, "too many pages");
        } while (cursor != null);
        return seen;
    }

    @Test
    void aLongThreadIsReadPageByPageThroughTheApi() {
        ApiClient api = api();
        Account owner = member("Thread pager");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Thread paging"), "PUBLIC", "OPEN");
        JsonObject thread = api.startDiscussion(owner.token(), slug, null, "Root");
        long discussion = thread.getJsonNumber("id").longValue();
        long parent = thread.getJsonArray("posts")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        for (int i = 0; i < 12; i++) {
            long reply = api.reply(owner.token(), discussion, i % 3 == 0 ? null : parent, "Reply " + i)
                    .getJsonNumber("id")
                    .longValue();
            parent = i % 2 == 0 ? reply : parent;
        }
        List<Long> whole = ids(api.thread(null, discussion).getJsonArray("posts"));
        assertEquals(13, whole.size());
        List<Long> paged = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = api.get(
                            "api/discussions/" + discussion + "?size=5" + (after == null ? "" : "&after=" + after),
                            null)
                    .expect(200)
                    .json();
            paged.addAll(ids(page.getJsonArray("posts")));
            after = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (after != null);
        assertEquals(whole, paged);
    }

    // ---------------------------------------------------------------- CSRF

    @Test
    void tokenAuthenticatedWritesNeedNoCsrfHeaderButASessionCookieAloneIsNotASignIn() {
        ApiClient api = api();
        Account owner = member("Csrf owner");
        // A bearer token is not sent by browsers on their own, so it needs no CSRF header.
        api.createGroup(owner.token(), SampleMembers.unique("Csrf"), "PUBLIC", "OPEN");
        // A made-up session cookie signs nobody in.
        assertProblem(
                api.send(
                        "POST",
                        "api/groups",
                        null,
                        "{\"name\":\"x\",\"visibility\":\"PUBLIC\",\"joinPolicy\":\"OPEN\"}",
                        Map.of("Cookie", "JSESSIONID=made-up")),
                403,
                null);
    }

    @Test
    void aSignedInBrowserMustEchoTheCsrfTokenToWriteThroughTheApi() throws Exception {
        ApiClient api = api();
        Account member = member("Csrf browser");
        HttpClient browser = HttpClient.newHttpClient();
        // The sign-in page hands out a session and the Faces view state; signing in changes the session id.
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(base.toURI().resolve("member/signin.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(form);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertTrue(viewState.find(), "the sign-in form carries its view state");
        String fields = "signin=signin&signin%3Aemail=" + URLEncoder.encode(member.email(), StandardCharsets.UTF_8)
                + "&signin%3Apassword=" + URLEncoder.encode(member.password(), StandardCharsets.UTF_8)
                + "&signin%3Anext=&signin%3Asignin-button=Sign+in&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(base.toURI().resolve("member/signin.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + before)
                        .POST(HttpRequest.BodyPublishers.ofString(fields))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String session = sessionCookie(signedIn);
        assertNotNull(session, "signing in sets a session cookie: " + signedIn.statusCode() + " " + signedIn.body());
        assertNotEquals(before, session, "the session id changes at sign-in");
        String cookie = "JSESSIONID=" + session;
        assertEquals(
                member.id(),
                api.send("GET", "api/members/me", null, null, Map.of("Cookie", cookie))
                        .expect(200)
                        .json()
                        .getJsonNumber("id")
                        .longValue(),
                "the cookie signs the member in");

        String group = "{\"name\":\"" + SampleMembers.unique("Csrf cookie")
                + "\",\"visibility\":\"PUBLIC\",\"joinPolicy\":\"OPEN\"}";
        assertProblem(api.send("POST", "api/groups", null, group, Map.of("Cookie", cookie)), 403, "X-CSRF-Token");
        assertProblem(
                api.send("POST", "api/groups", null, group, Map.of("Cookie", cookie, "X-CSRF-Token", "guess")),
                403,
                "X-CSRF-Token");

        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(base.toURI().resolve(""))
                        .header("Cookie", cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(token.find(), "signed-in pages carry the CSRF token");
        api.send("POST", "api/groups", null, group, Map.of("Cookie", cookie, "X-CSRF-Token", token.group(1)))
                .expect(201);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((first, last) -> last)
                .orElse(null);
    }
}
