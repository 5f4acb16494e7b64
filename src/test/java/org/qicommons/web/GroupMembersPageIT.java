package org.qicommons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
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
import org.qicommons.testing.HtmlChecker;
import org.qicommons.testing.PageClient;
import org.qicommons.testing.PageClient.Page;
import org.qicommons.testing.SampleMembers;

/**
 * A group's members page: the whole list for readers, requests to approve for moderators, roles for
 * owners; the group's own page lists only some members and points there.
 */
@ExtendWith(ArquillianExtension.class)
class GroupMembersPageIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(deployed);
    }

    private JsonObject membershipOf(String slug, String token, long memberId) {
        return api.get("api/groups/" + slug + "/members", token).expect(200).array().stream()
                .map(JsonObject.class::cast)
                .filter(m -> m.getJsonObject("member").getJsonNumber("id").longValue() == memberId)
                .findFirst()
                .orElse(null);
    }

    @Test
    void anOwnerApprovesARequestAndMakesTheNewMemberAModeratorThroughThePages() {
        ApiClient.Account owner = api.signUp(SampleMembers.named("Members owner", "QI lead"), null);
        ApiClient.Account applicant = api.signUp(SampleMembers.named("Applicant", "Care home manager"), null);
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Asking to join"), "PUBLIC", "REQUEST");
        api.join(applicant.token(), slug).expect(200);

        PageClient pages = new PageClient(deployed);
        pages.signIn(owner.email(), owner.password());
        Page group = pages.get("/group/view.xhtml?slug=" + slug);
        assertTrue(group.html().contains("1 request to join is waiting for you"), "the group page says so");

        String membersPage = "/group/members.xhtml?slug=" + slug;
        String form = "request-" + applicant.id();
        Page approved = pages.submit(pages.get(membersPage).form(form), form + ":approve", "Approve");
        assertEquals(302, approved.status());
        assertEquals("ACTIVE", membershipOf(slug, owner.token(), applicant.id()).getString("status"));
        assertTrue(pages.get(membersPage).html().contains("Applicant is now a member."));

        String roleForm = "role-" + applicant.id();
        Page promoted = pages.submit(
                pages.get(membersPage).form(roleForm).with(roleForm + ":role", "MODERATOR"),
                roleForm + ":change-role",
                "Change role");
        assertEquals(302, promoted.status());
        assertEquals(
                "MODERATOR", membershipOf(slug, owner.token(), applicant.id()).getString("role"));
        Page afterwards = pages.get("/group/view.xhtml?slug=" + slug);
        assertFalse(afterwards.html().contains("waiting for you"));
        assertEquals(List.of(), HtmlChecker.errors(afterwards.html()), "the owner's group page is valid HTML");
        assertEquals(List.of(), HtmlChecker.errors(pages.get(membersPage).html()), "so is the members page");
    }

    @Test
    void aModeratorSeesRequestsButCannotChangeRolesAndReadersSeeOnlyTheList() {
        ApiClient.Account owner = api.signUp(SampleMembers.named("Owner two", "QI lead"), null);
        ApiClient.Account moderator = api.signUp(SampleMembers.named("Moderator two", "Nurse"), null);
        ApiClient.Account applicant = api.signUp(SampleMembers.named("Applicant two", "GP"), null);
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Moderated"), "PUBLIC", "REQUEST");
        api.invite(owner.token(), slug, moderator.id()).expect(200);
        api.join(moderator.token(), slug).expect(200);
        api.put(
                        "api/groups/" + slug + "/members/" + moderator.id(),
                        owner.token(),
                        jakarta.json.Json.createObjectBuilder().add("role", "MODERATOR"))
                .expect(200);
        api.join(applicant.token(), slug).expect(200);
        ApiClient.Account another = api.signUp(SampleMembers.named("Applicant three", "Pharmacist"), null);
        api.join(another.token(), slug).expect(200);
        String membersPage = "/group/members.xhtml?slug=" + slug;

        PageClient asModerator = new PageClient(deployed);
        asModerator.signIn(moderator.email(), moderator.password());
        assertTrue(asModerator
                .get("/group/view.xhtml?slug=" + slug)
                .html()
                .contains("2 requests to join are waiting for you"));
        Page moderated = asModerator.get(membersPage);
        assertTrue(moderated.html().contains("id=\"request-" + applicant.id() + "\""), "the request, to act on");
        assertFalse(moderated.html().contains("id=\"role-"), "no role forms for a moderator");

        Page anonymous = new PageClient(deployed).get(membersPage);
        assertEquals(200, anonymous.status());
        assertTrue(anonymous.html().contains("Owner two"));
        assertTrue(anonymous.html().contains("Moderator two"));
        assertFalse(anonymous.html().contains("Applicant two"), "a request is not membership");
        assertFalse(anonymous.html().contains("<form id=\"request-"), "no requests for a reader");
        assertEquals(List.of(), HtmlChecker.errors(moderated.html()), "the moderator's page is valid HTML");
        assertEquals(List.of(), HtmlChecker.errors(anonymous.html()), "so is a reader's");
        assertTrue(
                Pattern.compile("Owner two</a>\\s*<span class=\"badge\">Owner")
                        .matcher(anonymous.html())
                        .find(),
                "owners first, with their role");
    }

    @Test
    void aPrivateGroupsMembersAreNotThereForOutsiders() {
        ApiClient.Account owner = api.signUp(SampleMembers.named("Private owner", "QI lead"), null);
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Hidden members"), "PRIVATE", "INVITE");
        assertEquals(
                404,
                new PageClient(deployed)
                        .get("/group/members.xhtml?slug=" + slug)
                        .status());
        ApiClient.Account outsider = api.signUp(SampleMembers.named("Outsider", "Inspector"), null);
        PageClient signedIn = new PageClient(deployed);
        signedIn.signIn(outsider.email(), outsider.password());
        assertEquals(404, signedIn.get("/group/members.xhtml?slug=" + slug).status());
    }

    @Test
    void theGroupPageListsSomeMembersAndTheMembersPageListsThemAll() {
        ApiClient.Account owner = api.signUp(SampleMembers.named("Big group owner", "QI lead"), null);
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Big group"), "PUBLIC", "OPEN");
        for (int i = 0; i < 31; i++) {
            ApiClient.Account member = api.signUp(SampleMembers.named("Joiner " + i, "Nurse"), null);
            api.join(member.token(), slug).expect(200);
        }
        Page group = new PageClient(deployed).get("/group/view.xhtml?slug=" + slug);
        assertEquals(30, count(group.html(), "<li id=\"member-"));
        assertTrue(group.html().contains("See all 32 members"));

        Page members = new PageClient(deployed).get("/group/members.xhtml?slug=" + slug);
        assertEquals(32, count(members.html(), "<li id=\"member-"));
        assertTrue(members.html().contains("32 members"));
    }

    private static int count(String html, String what) {
        return html.split(Pattern.quote(what), -1).length - 1;
    }
}
