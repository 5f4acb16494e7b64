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

    @Test
    void anOwnerInvitesByNameAndTheInviteeAcceptsOrDeclinesThroughThePages() {
        ApiClient.Account owner = api.signUp(SampleMembers.named("Inviting owner", "QI lead"), null);
        String guestName = SampleMembers.unique("Guest");
        ApiClient.Account guest = api.signUp(SampleMembers.named(guestName, "Care home manager"), null);
        String sharedName = SampleMembers.unique("Sam Patel");
        ApiClient.Account firstSam = api.signUp(SampleMembers.named(sharedName, "Ward sister"), null);
        ApiClient.Account secondSam = api.signUp(SampleMembers.named(sharedName, "Pharmacist"), null);
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Invited only"), "PRIVATE", "INVITE");
        api.startDiscussion(owner.token(), slug, null, "Our private learning " + slug);
        String groupPage = "/group/view.xhtml?slug=" + slug;
        String membersPage = "/group/members.xhtml?slug=" + slug;

        PageClient asOwner = new PageClient(deployed);
        asOwner.signIn(owner.email(), owner.password());
        assertTrue(asOwner.get(groupPage).html().contains("id=\"invite-people\""), "the owner's way to invite");

        // by name, in any case
        Page invited = asOwner.submit(
                asOwner.get(membersPage).form("invite").with("invite:invitee", guestName.toUpperCase()),
                "invite:invite-button",
                "Invite");
        assertEquals(302, invited.status());
        Page afterInvite = asOwner.get(membersPage);
        assertTrue(afterInvite.html().contains(guestName + " has been invited."));
        assertTrue(afterInvite.html().contains("id=\"invitation-" + guest.id() + "\""), "listed as waiting");

        // a name nobody has
        Page nobody = asOwner.submit(
                asOwner.get(membersPage).form("invite").with("invite:invitee", "Nobody " + slug),
                "invite:invite-button",
                "Invite");
        assertEquals(200, nobody.status());
        assertTrue(nobody.html().contains("No member is called"), "says so on the form");

        // a shared name: choose which one
        Page which = asOwner.submit(
                asOwner.get(membersPage).form("invite").with("invite:invitee", sharedName),
                "invite:invite-button",
                "Invite");
        assertEquals(200, which.status());
        assertTrue(which.html().contains("2 members are called"));
        assertTrue(which.html().contains("Ward sister") && which.html().contains("Pharmacist"));
        assertEquals(List.of(), HtmlChecker.errors(which.html()), "the choice is valid HTML");
        Page chosen = asOwner.submit(
                which.form("invite").with("invite-member", String.valueOf(secondSam.id())),
                "invite:invite-button",
                "Invite");
        assertEquals(302, chosen.status());
        assertEquals(
                List.of(guest.id(), secondSam.id()),
                api.get("api/groups/" + slug + "/invitations", owner.token()).expect(200).array().stream()
                        .map(i -> ((JsonObject) i)
                                .getJsonObject("member")
                                .getJsonNumber("id")
                                .longValue())
                        .toList(),
                "the second Sam only");

        // cancelled: the second Sam sees nothing of the group again
        String cancelForm = "invitation-" + secondSam.id();
        Page cancelled =
                asOwner.submit(asOwner.get(membersPage).form(cancelForm), cancelForm + ":cancel", "Cancel invitation");
        assertEquals(302, cancelled.status());
        assertFalse(asOwner.get(membersPage).html().contains("id=\"" + cancelForm + "\""));
        PageClient asSam = new PageClient(deployed);
        asSam.signIn(secondSam.email(), secondSam.password());
        assertEquals(404, asSam.get(groupPage).status());
        PageClient asFirstSam = new PageClient(deployed);
        asFirstSam.signIn(firstSam.email(), firstSam.password());
        assertEquals(404, asFirstSam.get(groupPage).status(), "never invited");

        // the guest finds the invitation in the list of groups, and on the group's page only the invitation
        PageClient asGuest = new PageClient(deployed);
        asGuest.signIn(guest.email(), guest.password());
        Page groups = asGuest.get("/group/");
        String html = groups.html();
        assertTrue(html.contains("id=\"invitations\""), "the groups page shows the invitation");
        String invitations = html.substring(html.indexOf("id=\"invitations\""));
        assertTrue(
                invitations.substring(0, invitations.indexOf("</section>")).contains("slug=" + slug),
                "with a link to the group");
        Page invitation = asGuest.get(groupPage);
        assertEquals(200, invitation.status());
        assertTrue(invitation.html().contains("You have been invited to join this group."));
        assertFalse(invitation.html().contains("Our private learning"), "nothing from inside the group yet");
        assertFalse(invitation.html().contains("id=\"activity\""));
        assertEquals(List.of(), HtmlChecker.errors(invitation.html()), "the invitation is valid HTML");
        Page accepted =
                asGuest.submit(invitation.form("membership"), "membership:accept-invitation", "Accept and join");
        assertEquals(302, accepted.status());
        Page member = asGuest.get(groupPage);
        assertTrue(member.html().contains("Our private learning"), "a member now reads the group");
        assertTrue(member.html().contains("You are a member of this group."));

        // invited again, the second Sam declines
        api.invite(owner.token(), slug, secondSam.id()).expect(200);
        Page again = asSam.get(groupPage);
        Page declined = asSam.submit(again.form("membership"), "membership:decline-invitation", "Decline");
        assertEquals(302, declined.status());
        assertTrue(declined.location().endsWith("/group/"), declined.location());
        assertEquals(404, asSam.get(groupPage).status());
        assertFalse(asSam.get("/group/").html().contains(slug));
        assertEquals(
                0,
                api.get("api/groups/" + slug + "/invitations", owner.token())
                        .expect(200)
                        .array()
                        .size());
    }

    @Test
    void anOwnerRenamesAndArchivesAGroupFromItsSettingsPage() {
        ApiClient.Account owner = api.signUp(SampleMembers.named("Settings page owner", "QI lead"), null);
        ApiClient.Account member = api.signUp(SampleMembers.named("Settings page member", "Nurse"), null);
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Settings page"), "PUBLIC", "OPEN");
        api.join(member.token(), slug).expect(200);
        String groupPage = "/group/view.xhtml?slug=" + slug;
        String settingsPage = "/group/settings.xhtml?slug=" + slug;

        PageClient asMember = new PageClient(deployed);
        asMember.signIn(member.email(), member.password());
        assertFalse(asMember.get(groupPage).html().contains("id=\"group-settings\""), "no settings link for members");
        Page notAnOwner = asMember.get(settingsPage);
        assertEquals(200, notAnOwner.status());
        assertTrue(notAnOwner.html().contains("Only the group's owners can change its settings."));
        assertFalse(notAnOwner.html().contains("id=\"settings\""), "no form");
        assertEquals(
                404,
                new PageClient(deployed)
                        .get("/group/settings.xhtml?slug=no-such-" + slug)
                        .status());

        PageClient asOwner = new PageClient(deployed);
        asOwner.signIn(owner.email(), owner.password());
        assertTrue(asOwner.get(groupPage).html().contains("id=\"group-settings\""));
        Page settings = asOwner.get(settingsPage);
        assertEquals(List.of(), HtmlChecker.errors(settings.html()), "the settings page is valid HTML");
        Page blank = asOwner.submit(
                settings.form("settings").with("settings:name", " "), "settings:save-settings", "Save settings");
        assertEquals(200, blank.status());
        assertTrue(blank.html().contains("aria-invalid=\"true\""), "the name is marked");

        String newName = SampleMembers.unique("Renamed on the page");
        Page saved = asOwner.submit(
                asOwner.get(settingsPage)
                        .form("settings")
                        .with("settings:name", newName)
                        .with("settings:joinPolicy", "REQUEST"),
                "settings:save-settings",
                "Save settings");
        assertEquals(302, saved.status());
        JsonObject group = api.get("api/groups/" + slug, null).expect(200).json();
        assertEquals(newName, group.getString("name"));
        assertEquals("REQUEST", group.getString("joinPolicy"));
        assertEquals("PUBLIC", group.getString("visibility"), "what was not changed stays");
        assertTrue(asOwner.get(groupPage).html().contains("The group's settings have been saved."));

        Page archived =
                asOwner.submit(asOwner.get(settingsPage).form("archive"), "archive:archive-group", "Archive the group");
        assertEquals(302, archived.status());
        Page readOnly = asMember.get(groupPage);
        assertTrue(readOnly.html().contains("id=\"group-archived\""), "says it is archived");
        assertFalse(readOnly.html().contains("id=\"new-update\""), "no way to post");
        assertTrue(new PageClient(deployed).get("/group/").html().contains("Archived"), "marked in the list");

        Page restored =
                asOwner.submit(asOwner.get(settingsPage).form("archive"), "archive:restore-group", "Restore the group");
        assertEquals(302, restored.status());
        assertTrue(asMember.get(groupPage).html().contains("id=\"new-update\""), "members post again");
    }

    @Test
    void anOwnerInvitesByEmailAddressOnThePageAndCancelsIt() {
        ApiClient.Account owner = api.signUp(SampleMembers.named("Address page owner", "QI lead"), null);
        ApiClient.Account colleague = api.signUp(SampleMembers.named(SampleMembers.unique("Colleague"), "GP"), null);
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Invited by address"), "PRIVATE", "INVITE");
        String membersPage = "/group/members.xhtml?slug=" + slug;
        String stranger = SampleMembers.uniqueEmail("Page stranger");
        PageClient asOwner = new PageClient(deployed);
        asOwner.signIn(owner.email(), owner.password());

        assertTrue(asOwner.get(membersPage).html().contains("Their name or e-mail address"));
        assertEquals(302, invite(asOwner, membersPage, stranger).status());
        String strangerNotice = asOwner.get(membersPage).html();
        assertEquals(302, invite(asOwner, membersPage, colleague.email()).status());
        Page listed = asOwner.get(membersPage);
        assertTrue(strangerNotice.contains("An invitation has been sent to " + stranger + "."));
        assertTrue(
                listed.html().contains("An invitation has been sent to " + colleague.email() + "."),
                "the same words for a member");
        assertTrue(listed.html().contains(stranger) && listed.html().contains(colleague.email()), "by address");
        assertFalse(listed.html().contains(colleague.displayName()), "never by name");
        assertTrue(listed.html().contains("Invitations not yet answered (2)"));
        assertEquals(List.of(), HtmlChecker.errors(listed.html()), "the list is valid HTML");

        // the member finds the invitation; the stranger's waits for whoever signs up with the address
        assertEquals("INVITED", membershipIn(slug, colleague.token()).getString("status"));
        ApiClient.Account signedUp =
                api.signUp(new SampleMembers.NewMember(stranger, "Page stranger", SampleMembers.PASSWORD, null), null);
        assertEquals(
                "INVITED",
                membershipIn(slug, signedUp.token()).getString("status"),
                "sign-up counts as confirmed where addresses are not confirmed");

        Page notAnAddress = invite(asOwner, membersPage, "someone@nowhere");
        assertEquals(200, notAnAddress.status());
        assertTrue(notAnAddress.html().contains("must be an e-mail address"), "said on the form");
        assertTrue(notAnAddress.html().contains("aria-invalid=\"true\""));

        String html = asOwner.get(membersPage).html();
        String first = html.substring(html.indexOf("<form id=\"email-invitation-") + "<form id=\"".length());
        String cancelled = first.substring(0, first.indexOf('"'));
        Page cancel =
                asOwner.submit(asOwner.get(membersPage).form(cancelled), cancelled + ":cancel", "Cancel invitation");
        assertEquals(302, cancel.status());
        Page after = asOwner.get(membersPage);
        assertTrue(after.html().contains("has been cancelled."));
        assertEquals(
                1,
                api.get("api/groups/" + slug + "/invitations", owner.token())
                        .expect(200)
                        .array()
                        .size());
    }

    /** Types a name or an address into the members page's invitation form and presses Invite. */
    private static Page invite(PageClient pages, String membersPage, String invitee) {
        return pages.submit(
                pages.get(membersPage).form("invite").with("invite:invitee", invitee),
                "invite:invite-button",
                "Invite");
    }

    private JsonObject membershipIn(String slug, String token) {
        return api.get("api/groups", token).expect(200).array().stream()
                .map(JsonObject.class::cast)
                .filter(g -> g.getString("slug").equals(slug))
                .map(g -> g.getJsonObject("myMembership"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + slug + " in the list"));
    }

    private static int count(String html, String what) {
        return html.split(Pattern.quote(what), -1).length - 1;
    }
}
