package org.qicommons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.BrowserPages;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.HtmlChecker;
import org.qicommons.testing.PageClient;
import org.qicommons.testing.PageClient.Page;
import org.qicommons.testing.SampleMembers;

/**
 * The administration pages: hidden (the site's 404) from everyone but administrators; an
 * administrator grants a role and verifies an organisation through them in Chromium, then finds both
 * in the audit log. The database may be shared with other test classes, so the test makes its own
 * members and organisations and looks only for them.
 */
@ExtendWith(ArquillianExtension.class)
class AdminPagesIT {
    private static final List<String> PAGES = List.of(
            "/admin/",
            "/admin/members.xhtml",
            "/admin/members.xhtml?q=a",
            "/admin/organisations.xhtml",
            "/admin/audit.xhtml",
            "/admin/audit.xhtml?action=NOPE&from=yesterday");

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

    /** The administrator, made one by their first administration call if the site has none yet. */
    private Account administrator() {
        Account admin = api.siteAdministrator();
        api.get("api/admin/audit?size=1", admin.token()).expect(200);
        return admin;
    }

    @Test
    void visitorsAndMembersWhoAreNotAdministratorsGetTheNotFoundPage() {
        Account member = api.signUp(SampleMembers.named("Curious member", "Nurse"), null);
        Account moderator = api.signUp(SampleMembers.named("Site moderator", "Community manager"), null);
        Account admin = administrator();
        api.put(
                        "api/admin/members/" + moderator.id() + "/roles",
                        admin.token(),
                        jakarta.json.Json.createObjectBuilder()
                                .add(
                                        "roles",
                                        jakarta.json.Json.createArrayBuilder().add("MODERATOR")))
                .expect(200);
        PageClient visitor = new PageClient(deployed);
        PageClient asMember = new PageClient(deployed);
        asMember.signIn(member.email(), member.password());
        PageClient asModerator = new PageClient(deployed);
        asModerator.signIn(moderator.email(), moderator.password());
        for (PageClient who : List.of(visitor, asMember, asModerator)) {
            for (String path : PAGES) {
                Page page = who.get(path);
                assertEquals(404, page.status(), path);
                assertTrue(page.html().contains("id=\"error-not-found\""), path + ": the site's own 404 page");
            }
            assertFalse(who.get("/").html().contains("id=\"nav-admin\""), "no Administration link");
        }
    }

    @Test
    void anAdministratorGrantsARoleAndVerifiesAnOrganisationThenFindsBothInTheAuditLog() {
        Account admin = administrator();
        String helperName = SampleMembers.unique("Moderator to be");
        Account helper = api.signUp(SampleMembers.named(helperName, "Ward manager"), null);
        String regulatorName = SampleMembers.unique("Care Inspectorate");
        long regulator = api.createOrganisation(regulatorName, "REGULATOR", "Scotland");
        String domain = "inspect-" + regulator + ".example";

        try (BrowserPages browser = new BrowserPages(deployed)) {
            browser.signIn(admin.email(), admin.password());
            browser.click("nav-admin");
            assertEquals(
                    "Administration",
                    browser.driver().findElement(By.tagName("h1")).getText());

            // members and roles: find the member by address, tick Moderator, give a reason
            browser.click("admin-members");
            browser.type("q", helper.email());
            browser.click("find-button");
            String form = "roles-" + helper.id();
            assertFalse(browser.find(form + ":moderator").isSelected());
            browser.find(form + ":moderator").click();
            browser.type(form + ":reason", "Runs the falls network " + helper.id());
            browser.click(form + ":save");
            assertTrue(browser.main().contains(helperName + " is now a moderator."), browser.main());
            assertTrue(browser.find(form + ":moderator").isSelected(), "the form shows the role held");
            assertTrue(browser.find("staff-" + helper.id()).getText().contains("Moderator"), "listed with the staff");
            JsonObject held = api.get("api/admin/members?q=" + helper.email(), admin.token())
                    .expect(200)
                    .array()
                    .getJsonObject(0);
            assertEquals("MODERATOR", held.getJsonArray("roles").getString(0));

            // organisations: the new regulator is unverified, among the first; verify it for its domain
            browser.open("/admin/organisations.xhtml");
            WebElement row = browser.find("organisation-" + regulator);
            assertTrue(row.getAttribute("class").contains("needs-verifying"), "marked as waiting");
            assertTrue(row.getText().contains("Unverified"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector(".organisation-row"));
            int position = rows.indexOf(row);
            assertTrue(
                    rows.subList(0, position).stream()
                            .allMatch(r -> r.getAttribute("class").contains("needs-verifying")),
                    "unverified official organisations come first");
            String verifyForm = "organisation-" + regulator + "-form";
            browser.type(verifyForm + ":domain", "@" + domain.toUpperCase());
            browser.type(verifyForm + ":reason", "On the register " + regulator);
            browser.click(verifyForm + ":verify");
            assertTrue(browser.main().contains(regulatorName + " is verified."), browser.main());
            String verification = browser.find("verification-" + regulator).getText();
            assertTrue(verification.contains(domain), verification);
            assertTrue(api.get("api/organisations/" + regulator, null)
                    .expect(200)
                    .json()
                    .getBoolean("verified"));

            // the audit log, filtered by action and by who
            browser.open("/admin/audit.xhtml");
            new Select(browser.find("filter-action")).selectByValue("SET_SITE_ROLES");
            browser.type("filter-actor", String.valueOf(admin.id()));
            browser.click("filter-button");
            assertTrue(browser.driver().getCurrentUrl().contains("action=SET_SITE_ROLES"));
            WebElement granted = eventAbout(browser, helperName);
            assertTrue(granted.getText().contains("Changed site roles"), granted.getText());
            assertTrue(granted.getText().contains("Runs the falls network " + helper.id()));
            assertTrue(granted.getText().contains("→ Moderator"), granted.getText());
            assertTrue(granted.findElement(By.linkText(helperName))
                    .getAttribute("href")
                    .endsWith("/member/view.xhtml?id=" + helper.id()));
            assertTrue(granted.findElement(By.cssSelector("time"))
                    .getAttribute("title")
                    .contains(" at "));
            assertEquals(
                    "SET_SITE_ROLES",
                    new Select(browser.find("filter-action"))
                            .getFirstSelectedOption()
                            .getAttribute("value"),
                    "the filter shows what it filters by");
            browser.driver()
                    .findElements(By.cssSelector("#audit-table tbody tr"))
                    .forEach(r -> assertEquals("SET_SITE_ROLES", r.getAttribute("data-action")));

            new Select(browser.find("filter-action")).selectByValue("VERIFY_ORGANISATION");
            browser.type("filter-actor", "");
            browser.click("filter-button");
            WebElement verified = eventAbout(browser, regulatorName);
            assertTrue(verified.getText().contains("Verified an organisation"), verified.getText());
            assertTrue(verified.getText().contains("On the register " + regulator));
            assertTrue(verified.getText().contains("members with an address at " + domain), verified.getText());

            // bad filters are messages on the form
            browser.open("/admin/audit.xhtml?from=yesterday");
            assertTrue(browser.main().contains("The “from” date must be a date such as"), browser.main());
            browser.open("/admin/audit.xhtml?action=NOPE");
            assertTrue(browser.main().contains("Choose one of the actions listed."));
            browser.open("/admin/audit.xhtml?from=2026-03-02&to=2026-03-01");
            assertTrue(browser.main().contains("The “to” date must be the same as the “from” date or after it."));
            browser.open("/admin/audit.xhtml?actor=" + helperName.replace(' ', '+'));
            assertTrue(browser.main().contains("No events match the filter."), "the helper acted on nothing");

            // on a phone every page fits the width; the audit table scrolls inside its own box
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            for (String path : List.of(
                    "/admin/",
                    "/admin/members.xhtml?q=" + helper.email(),
                    "/admin/organisations.xhtml",
                    "/admin/audit.xhtml")) {
                browser.open(path);
                assertFalse(browser.scrollsSideways(), path + " is wider than a phone: " + browser.tooWide());
            }
            assertEquals(Map.of(), browser.htmlErrors(), "pages that are not valid HTML");
        }
    }

    @Test
    void whatTheServiceRefusesIsShownOnTheFormThatAskedForIt() {
        Account admin = administrator();
        Account member = api.signUp(SampleMembers.named(SampleMembers.unique("Almost staff"), "Nurse"), null);
        String name = SampleMembers.unique("Borough Council");
        long council = api.createOrganisation(name, "LOCAL_AUTHORITY", "London");
        PageClient pages = new PageClient(deployed);
        pages.signIn(admin.email(), admin.password());

        String members = "/admin/members.xhtml?q=" + member.email();
        String form = "roles-" + member.id();
        Page tooLong = pages.submit(
                pages.get(members).form(form).with(form + ":moderator", "on").with(form + ":reason", "x".repeat(1001)),
                form + ":save",
                "Save roles");
        assertEquals(200, tooLong.status());
        assertTrue(tooLong.html().contains("The reason must be at most 1000 characters"), "on the reason field");
        assertTrue(tooLong.html().contains("aria-invalid=\"true\""));
        assertEquals(List.of(), HtmlChecker.errors(tooLong.html()), "the form with its error is valid HTML");
        assertTrue(
                api.get("api/admin/members?q=" + member.email(), admin.token())
                        .expect(200)
                        .array()
                        .getJsonObject(0)
                        .getJsonArray("roles")
                        .isEmpty(),
                "nothing changed");

        String verifyForm = "organisation-" + council + "-form";
        Page badDomain = pages.submit(
                pages.get("/admin/organisations.xhtml").form(verifyForm).with(verifyForm + ":domain", "not a domain"),
                verifyForm + ":verify",
                "Verify");
        assertEquals(200, badDomain.status());
        assertTrue(badDomain.html().contains("The e-mail domain must be a domain such as cqc.org.uk."));
        assertEquals(List.of(), HtmlChecker.errors(badDomain.html()));
        assertFalse(
                api.get("api/organisations/" + council, null).expect(200).json().getBoolean("verified"));

        Page audit = pages.get("/admin/audit.xhtml?from=2026-13-45");
        assertEquals(200, audit.status(), "a bad date is a message, not an error page");
        assertEquals(List.of(), HtmlChecker.errors(audit.html()));
    }

    /** The row of the audit table whose target is named so. */
    private static WebElement eventAbout(BrowserPages browser, String target) {
        return browser.driver().findElements(By.cssSelector("#audit-table tbody tr")).stream()
                .filter(r -> r.getText().contains(target))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event about " + target + ": " + browser.main()));
    }
}
