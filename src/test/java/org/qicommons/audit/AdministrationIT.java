package org.qicommons.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.qicommons.testing.SampleMembers;

/**
 * Site roles held in the database, organisations verified by administrators, and the audit log that
 * records both, through the HTTP API of a real Payara. The database may be shared with other test
 * classes (PostgreSQL in CI), so each test makes its own members and organisations.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private ApiClient api() {
        return new ApiClient(base);
    }

    @Test
    void theListedAddressBootstrapsAnAdministratorWhoGrantsRolesWithAReasonInTheAuditLog() {
        ApiClient api = api();
        Account admin = api.siteAdministrator();
        Account helper = api.signUp(SampleMembers.named("Moderator to be", "Community manager"), null);
        Account outsider = api.signUp(SampleMembers.named("Not an admin", null), null);

        Reply refused = roles(api, outsider.token(), helper.id(), "MODERATOR");
        assertEquals(403, refused.status(), refused::toString);
        assertEquals(403, api.get("api/admin/audit", outsider.token()).status());
        assertEquals(403, api.get("api/admin/audit", null).status());
        assertEquals(
                403, api.get("api/admin/members?q=moderator", outsider.token()).status());

        Reply granted = roles(api, admin.token(), helper.id(), "MODERATOR");
        assertEquals(200, granted.status(), granted::toString);
        assertEquals(List.of("MODERATOR"), strings(granted.json().getJsonArray("roles")));
        assertEquals(404, roles(api, admin.token(), 999_999_999L, "MODERATOR").status());
        Reply unknownRole = roles(api, admin.token(), helper.id(), "OVERLORD");
        assertEquals(400, unknownRole.status());
        assertEquals("roles", unknownRole.field());

        JsonArray staff =
                api.get("api/admin/members", admin.token()).expect(200).array();
        assertTrue(
                staff.stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(m -> m.getJsonNumber("id").longValue() == helper.id()),
                "the new moderator is listed with the site's staff");
        JsonArray found = api.get("api/admin/members?q=" + helper.email(), admin.token())
                .expect(200)
                .array();
        assertEquals(helper.email(), found.getJsonObject(0).getString("email"), "administrators find by address");

        JsonObject event = api.get(
                        "api/admin/audit?action=SET_SITE_ROLES&actor=" + admin.id() + "&from="
                                + LocalDate.now(ZoneOffset.UTC) + "&to=" + LocalDate.now(ZoneOffset.UTC),
                        admin.token())
                .expect(200)
                .json()
                .getJsonArray("events")
                .getJsonObject(0);
        assertEquals(helper.id(), event.getJsonNumber("targetId").longValue());
        assertEquals("MEMBER", event.getString("targetType"));
        assertEquals("Trusted to moderate " + helper.id(), event.getString("reason"));
        assertEquals(
                admin.id(), event.getJsonObject("actor").getJsonNumber("id").longValue());
        assertTrue(event.getString("detail").endsWith("→ Moderator"), event.toString());

        JsonArray nothingYet = api.get("api/admin/audit?from=2001-01-01&to=2001-01-02", admin.token())
                .expect(200)
                .json()
                .getJsonArray("events");
        assertTrue(nothingYet.isEmpty(), "the date filter applies");
        for (String bad : List.of("from=yesterday", "to=+999999999-12-31", "action=NOPE", "actor=x", "page=-1")) {
            Reply reply = api.get("api/admin/audit?" + bad, admin.token());
            assertEquals(400, reply.status(), bad + ": " + reply);
            assertEquals(bad.substring(0, bad.indexOf('=')), reply.field(), bad);
        }
    }

    @Test
    void theLastAdministratorCannotBeRemovedEvenByTwoAdministratorsDemotingEachOtherAtOnce() throws Exception {
        ApiClient api = api();
        Account admin = api.siteAdministrator();
        for (int round = 0; round < 3; round++) {
            Account second = api.signUp(SampleMembers.named("Second administrator", null), null);
            roles(api, admin.token(), second.id(), "ADMINISTRATOR").expect(200);
            // leave exactly these two administrators
            for (JsonValue member :
                    api.get("api/admin/members", admin.token()).expect(200).array()) {
                long id = member.asJsonObject().getJsonNumber("id").longValue();
                if (id != admin.id() && id != second.id()) {
                    roles(api, admin.token(), id).expect(200);
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Reply>> both = List.of(
                        () -> roles(api, admin.token(), second.id()), () -> roles(api, second.token(), admin.id()));
                List<Integer> statuses = new ArrayList<>();
                for (Future<Reply> reply : pool.invokeAll(both)) {
                    statuses.add(reply.get().status());
                }
                assertTrue(statuses.contains(200), statuses.toString());
                assertFalse(statuses.stream().allMatch(status -> status == 200), "one of them is refused: " + statuses);
            } finally {
                pool.shutdown();
            }
            // whoever is left is the only administrator, and cannot step down
            boolean adminLeft = api.get("api/admin/audit", admin.token()).status() == 200;
            Account last = adminLeft ? admin : second;
            Reply alone = roles(api, last.token(), last.id());
            assertEquals(409, alone.status(), alone::toString);
            assertEquals("roles", alone.field());
            if (!adminLeft) {
                roles(api, second.token(), admin.id(), "ADMINISTRATOR").expect(200);
                roles(api, admin.token(), second.id()).expect(200);
            }
        }
    }

    @Test
    void anOfficialOrganisationIsUnverifiedUntilAnAdministratorVerifiesItForItsOwnDomain() {
        ApiClient api = api();
        Account admin = api.siteAdministrator();
        Account claimant = api.signUp(SampleMembers.named("Self-declared inspector", "Inspector"), null);
        String name = SampleMembers.unique("Health Inspectorate");
        long inspectorate = api.post(
                        "api/organisations",
                        claimant.token(),
                        Json.createObjectBuilder().add("name", name).add("type", "REGULATOR"))
                .expect(201)
                .id();
        assertFalse(organisation(api, inspectorate).getBoolean("verified"), "a new regulator is unverified");
        Account staff = signUpAt(api, "staff", "inspect-" + inspectorate + ".example", inspectorate);
        joinOrganisation(api, claimant, inspectorate);
        assertFalse(memberOrganisation(api, staff).getBoolean("verified"));

        Reply notAdmin = verification(api, claimant.token(), inspectorate, true, null);
        assertEquals(403, notAdmin.status());
        Reply badDomain = verification(api, admin.token(), inspectorate, true, "not a domain");
        assertEquals(400, badDomain.status());
        assertEquals("emailDomain", badDomain.field());
        assertEquals(
                404, verification(api, admin.token(), 999_999_999L, true, null).status());

        Reply verified = verification(api, admin.token(), inspectorate, true, "@Inspect-" + inspectorate + ".example");
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(organisation(api, inspectorate).getBoolean("verified"));
        assertTrue(memberOrganisation(api, staff).getBoolean("verified"), "an address at the domain is vouched for");
        assertFalse(
                memberOrganisation(api, claimant).getBoolean("verified"),
                "someone elsewhere who claims the regulator is not");

        JsonObject event = api.get("api/admin/audit?action=VERIFY_ORGANISATION", admin.token())
                .expect(200)
                .json()
                .getJsonArray("events")
                .getJsonObject(0);
        assertEquals(inspectorate, event.getJsonNumber("targetId").longValue());
        assertEquals(name, event.getString("target"));
        assertEquals("Checked against the public register", event.getString("reason"));

        verification(api, admin.token(), inspectorate, false, null).expect(200);
        assertFalse(organisation(api, inspectorate).getBoolean("verified"));
        assertFalse(memberOrganisation(api, staff).getBoolean("verified"));
        assertEquals(
                "UNVERIFY_ORGANISATION",
                api.get("api/admin/audit?action=UNVERIFY_ORGANISATION", admin.token())
                        .expect(200)
                        .json()
                        .getJsonArray("events")
                        .getJsonObject(0)
                        .getString("action"));
    }

    private static Reply roles(ApiClient api, String token, long memberId, String... roles) {
        var list = Json.createArrayBuilder();
        for (String role : roles) {
            list.add(role);
        }
        return api.put(
                "api/admin/members/" + memberId + "/roles",
                token,
                Json.createObjectBuilder().add("roles", list).add("reason", "Trusted to moderate " + memberId));
    }

    private static Reply verification(ApiClient api, String token, long id, boolean verified, String domain) {
        var body = Json.createObjectBuilder()
                .add("verified", verified)
                .add("reason", "Checked against the public register");
        if (domain != null) {
            body.add("emailDomain", domain);
        }
        return api.put("api/admin/organisations/" + id + "/verification", token, body);
    }

    private static JsonObject organisation(ApiClient api, long id) {
        return api.get("api/organisations/" + id, null).expect(200).json();
    }

    private static JsonObject memberOrganisation(ApiClient api, Account member) {
        return api.get("api/members/" + member.id(), null).expect(200).json().getJsonObject("organisation");
    }

    private static Account signUpAt(ApiClient api, String local, String domain, long organisation) {
        SampleMembers.NewMember member = new SampleMembers.NewMember(
                local + "." + SampleMembers.unique("x").replaceAll("[^A-Za-z0-9]+", ".") + "@" + domain,
                "Inspector at the domain",
                SampleMembers.PASSWORD,
                null);
        return api.signUp(member, organisation);
    }

    private static void joinOrganisation(ApiClient api, Account member, long organisation) {
        api.patch("api/members/me", member.token(), Json.createObjectBuilder().add("organisationId", organisation))
                .expect(200);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
