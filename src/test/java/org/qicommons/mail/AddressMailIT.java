package org.qicommons.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.ApiClient.Reply;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.HtmlChecker;
import org.qicommons.testing.Mailbox;
import org.qicommons.testing.PageClient;
import org.qicommons.testing.PageClient.Page;
import org.qicommons.testing.SampleMembers;

/**
 * E-mail to addresses that are not (yet) someone's sign-in, through a real SMTP server: invitations
 * to a group by address (to someone without an account, who signs up and confirms; to a member, who
 * is told), answered alike whoever has the address; and a member changing their address, which
 * changes only when the link sent to the new one is followed.
 */
@ExtendWith(ArquillianExtension.class)
class AddressMailIT {
    private static final Mailbox MAIL = Mailbox.start();

    private static final String CONFIRM = "Confirm your e-mail address for QI Commons";
    private static final String INVITATION = "An invitation to a group on QI Commons";
    private static final String CONFIRM_NEW = "Confirm your new e-mail address for QI Commons";
    private static final String BEING_CHANGED = "Your QI Commons e-mail address is being changed";
    private static final String ALREADY_TAKEN = "Your e-mail address and QI Commons";
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("http://qicommons\\.test/member/confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern SIGN_UP_LINK = Pattern.compile("http://qicommons\\.test(/member/signup\\.xhtml)");
    private static final Pattern GROUP_LINK =
            Pattern.compile("http://qicommons\\.test(/group/view\\.xhtml\\?slug=[a-z0-9-]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withMail(MAIL.port());
    }

    @ArquillianResource
    URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    /** A member who has followed the link sent at sign-up, so may create groups. */
    private Account confirmedMember(String name) throws InterruptedException {
        Account member = api.signUp(SampleMembers.named(name, "QI lead"), null);
        confirm(member.email());
        return member;
    }

    private void confirm(String address) throws InterruptedException {
        String token = MAIL.awaitMail(address, CONFIRM).find(CONFIRM_LINK);
        api.put("api/email-confirmations/" + token, null, null).expect(204);
    }

    private Reply inviteByEmail(String token, String slug, String address) {
        return api.post(
                "api/groups/" + slug + "/members",
                token,
                Json.createObjectBuilder().add("email", address));
    }

    private List<JsonObject> invitations(String slug, String token) {
        return api.get("api/groups/" + slug + "/invitations", token).expect(200).array().stream()
                .map(JsonObject.class::cast)
                .toList();
    }

    private JsonObject myMembership(String token, String slug) {
        return api.get("api/groups", token).expect(200).array().stream()
                .map(JsonObject.class::cast)
                .filter(g -> g.getString("slug").equals(slug))
                .map(g -> g.isNull("myMembership") ? null : g.getJsonObject("myMembership"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void someoneWithoutAnAccountIsAskedToSignUpAndFindsTheInvitationOnceTheyConfirm() throws Exception {
        Account owner = confirmedMember("Address inviter");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("By address"), "PRIVATE", "INVITE");
        String address = SampleMembers.uniqueEmail("Newcomer by address");

        JsonObject answer = inviteByEmail(owner.token(), slug, " " + address.toUpperCase() + " ")
                .expect(202)
                .json();
        assertEquals(address, answer.getString("email"), "in its one spelling");
        assertEquals("INVITED", answer.getString("status"));
        assertTrue(answer.isNull("member"));
        List<JsonObject> listed = invitations(slug, owner.token());
        assertEquals(1, listed.size());
        assertEquals(address, listed.get(0).getString("email"));

        Mailbox.Mail invitation = MAIL.awaitMail(address, INVITATION);
        assertTrue(invitation.body().contains("Address inviter"), invitation::body);
        Page signUpPage = new PageClient(base).get(invitation.find(SIGN_UP_LINK));
        assertEquals(200, signUpPage.status(), "the link leads to the sign-up page");

        SampleMembers.NewMember newcomer = new SampleMembers.NewMember(
                address, "Newcomer by address", SampleMembers.PASSWORD, "Care home manager");
        Account member = api.signUp(newcomer, null);
        assertEquals(null, myMembership(member.token(), slug), "not until the address is confirmed");
        confirm(address);

        JsonObject mine = myMembership(member.token(), slug);
        assertEquals("INVITED", mine.getString("status"), "an ordinary invitation now");
        assertEquals("ACTIVE", api.join(member.token(), slug).expect(200).json().getString("status"));
        api.startDiscussion(member.token(), slug, null, "Glad to be here, by address " + slug);
        assertEquals(List.of(), invitations(slug, owner.token()), "answered: no longer waiting");
    }

    @Test
    void aMemberInvitedByAddressIsToldAndTheInviterCannotTellThemFromAStranger() throws Exception {
        Account owner = confirmedMember("Careful inviter");
        Account colleague = confirmedMember("Invited colleague");
        Account reader = confirmedMember("Plain reader");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Alike answers"), "PRIVATE", "INVITE");
        String stranger = SampleMembers.uniqueEmail("Stranger by address");

        Reply toMember = inviteByEmail(owner.token(), slug, colleague.email().toUpperCase());
        Reply toStranger = inviteByEmail(owner.token(), slug, stranger);
        assertEquals(202, toMember.status(), toMember::toString);
        assertEquals(toMember.status(), toStranger.status());
        assertEquals(toMember.contentType(), toStranger.contentType());
        assertEquals(withoutAddressAndTimes(toMember.json()), withoutAddressAndTimes(toStranger.json()));
        assertEquals(colleague.email(), toMember.json().getString("email"));

        // the member is invited, as by id, and told by e-mail with a link to the group
        assertEquals("INVITED", myMembership(colleague.token(), slug).getString("status"));
        String groupPage = MAIL.awaitMail(colleague.email(), INVITATION).find(GROUP_LINK);
        assertEquals("/group/view.xhtml?slug=" + slug, groupPage);

        // the inviter sees two invitations by address, and no name
        List<JsonObject> listed = invitations(slug, owner.token());
        assertEquals(
                Set.of(colleague.email(), stranger),
                Set.copyOf(listed.stream().map(i -> i.getString("email")).toList()));
        assertTrue(listed.stream().allMatch(i -> i.isNull("member")));
        assertFalse(
                api.get("api/groups/" + slug + "/members", owner.token()).text().contains("Invited colleague"),
                "nor among the members");
        assertEquals(
                404,
                api.delete("api/groups/" + slug + "/invitations/" + colleague.id(), owner.token())
                        .status(),
                "trying member ids tells nothing");
        assertEquals(
                404,
                api.delete("api/groups/" + slug + "/invitations/" + reader.id(), owner.token())
                        .status());
        assertEquals(
                404,
                api.put(
                                "api/groups/" + slug + "/members/" + colleague.id(),
                                owner.token(),
                                Json.createObjectBuilder().add("role", "MODERATOR"))
                        .status());

        // a repeat keeps one invitation
        inviteByEmail(owner.token(), slug, colleague.email()).expect(202);
        assertEquals(2, invitations(slug, owner.token()).size());

        // refused: not an address, not a moderator, both ways at once
        Reply bad = inviteByEmail(owner.token(), slug, "not-an-address@");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertEquals("email", bad.field());
        api.invite(owner.token(), slug, reader.id()).expect(200);
        api.join(reader.token(), slug).expect(200);
        assertEquals(403, inviteByEmail(reader.token(), slug, stranger).status(), "members do not invite");
        Reply both = api.post(
                "api/groups/" + slug + "/members",
                owner.token(),
                Json.createObjectBuilder().add("email", stranger).add("memberId", reader.id()));
        assertEquals(400, both.status());

        // cancelled by address: the stranger's lapses, the colleague's invitation goes with it
        api.delete("api/groups/" + slug + "/invitations/email?address=" + stranger, owner.token())
                .expect(204);
        assertEquals(
                404,
                api.delete("api/groups/" + slug + "/invitations/email?address=" + stranger, owner.token())
                        .status());
        api.delete("api/groups/" + slug + "/invitations/email?address=" + colleague.email(), owner.token())
                .expect(204);
        assertEquals(null, myMembership(colleague.token(), slug), "the private group is gone from their list");
        assertEquals(List.of(), invitations(slug, owner.token()));
    }

    private static JsonObject withoutAddressAndTimes(JsonObject invitation) {
        var copy = Json.createObjectBuilder(invitation);
        for (String field : List.of("email", "since", "expiresAt")) {
            assertNotEquals(JsonValue.NULL, invitation.get(field), field);
            copy.remove(field);
        }
        return copy.build();
    }

    private Reply askToChange(Account member, String currentPassword, String newEmail) {
        return api.put(
                "api/members/me/email",
                member.token(),
                Json.createObjectBuilder()
                        .add("currentPassword", currentPassword)
                        .add("newEmail", newEmail));
    }

    @Test
    void aNewAddressIsConfirmedByItsLinkBeforeItReplacesTheOldOne() throws Exception {
        Account member = confirmedMember("Moving member");
        Account other = confirmedMember("Other member");
        String newAddress = SampleMembers.uniqueEmail("Moved member");

        Reply wrong = askToChange(member, "not my password", newAddress);
        assertEquals(400, wrong.status(), wrong::toString);
        assertEquals("currentPassword", wrong.field());
        Reply notAnAddress = askToChange(member, member.password(), "moved");
        assertEquals(400, notAnAddress.status());
        assertEquals("newEmail", notAnAddress.field());

        // someone else's address: answered alike; its owner is told, nothing changes
        Reply taken = askToChange(member, member.password(), other.email());
        assertEquals(202, taken.status(), taken::toString);
        assertFalse(MAIL.awaitMail(other.email(), ALREADY_TAKEN).body().contains("token="), "no link");
        MAIL.awaitMail(member.email(), BEING_CHANGED, other.email()); // as for any address

        // an invitation by address waiting for the new address becomes theirs when it is confirmed
        Account owner = confirmedMember("Waiting inviter");
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Waits for it"), "PRIVATE", "INVITE");
        inviteByEmail(owner.token(), slug, newAddress).expect(202);

        Reply asked = askToChange(member, member.password(), newAddress);
        assertEquals(202, asked.status(), asked::toString);
        assertEquals(taken.text(), asked.text(), "the same answer either way");
        MAIL.awaitMail(member.email(), BEING_CHANGED, newAddress); // the old address is told
        String token = MAIL.awaitMail(newAddress, CONFIRM_NEW).find(CONFIRM_LINK);
        assertEquals(
                member.email(),
                api.get("api/members/me", member.token()).expect(200).json().getString("email"),
                "unchanged until the link is followed");
        api.token(member.email(), member.password());

        Page confirmed = new PageClient(base).get("/member/confirm.xhtml?token=" + token);
        assertEquals(200, confirmed.status());
        assertTrue(confirmed.html().contains("id=\"email-confirmed\""), confirmed::html);
        assertTrue(confirmed.html().contains(newAddress));

        assertEquals(401, api.get("api/members/me", member.token()).status(), "tokens revoked");
        Reply oldSignIn = api.post(
                "api/tokens",
                null,
                Json.createObjectBuilder().add("email", member.email()).add("password", member.password()));
        assertEquals(401, oldSignIn.status(), "the old address no longer signs in");
        String fresh = api.token(newAddress, member.password());
        JsonObject me = api.get("api/members/me", fresh).expect(200).json();
        assertEquals(newAddress, me.getString("email"));
        assertTrue(me.getBoolean("emailConfirmed"));
        assertEquals("INVITED", myMembership(fresh, slug).getString("status"));
        PageClient browser = new PageClient(base);
        browser.signIn(newAddress, member.password());
        assertTrue(
                new PageClient(base)
                        .get("/member/confirm.xhtml?token=" + token)
                        .html()
                        .contains("id=\"confirmation-failed\""),
                "a link works once");
    }

    @Test
    void theProfilePageAsksForTheNewAddressAndThePassword() throws Exception {
        Account member = confirmedMember("Page mover");
        String newAddress = SampleMembers.uniqueEmail("Page moved");
        PageClient browser = new PageClient(base);
        browser.signIn(member.email(), member.password());
        Page edit = browser.get("/member/edit.xhtml");
        assertEquals(List.of(), HtmlChecker.errors(edit.html()), "the profile page is valid HTML");

        Page wrong = browser.submit(
                edit.form("change-email")
                        .with("change-email:new-email", newAddress)
                        .with("change-email:email-current-password", "not my password"),
                "change-email:change-email-button",
                "Send the link");
        assertEquals(200, wrong.status());
        assertTrue(wrong.html().contains("Your current password is not right."), "said on the form");

        Page sent = browser.submit(
                browser.get("/member/edit.xhtml")
                        .form("change-email")
                        .with("change-email:new-email", newAddress)
                        .with("change-email:email-current-password", member.password()),
                "change-email:change-email-button",
                "Send the link");
        assertEquals(302, sent.status(), sent::html);
        assertTrue(browser.get("/member/edit.xhtml").html().contains("We have sent a link to " + newAddress));
        String token = MAIL.awaitMail(newAddress, CONFIRM_NEW).find(CONFIRM_LINK);
        assertTrue(new PageClient(base)
                .get("/member/confirm.xhtml?token=" + token)
                .html()
                .contains("id=\"email-confirmed\""));
        api.token(newAddress, member.password());
    }
}
