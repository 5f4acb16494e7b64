package org.qicommons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.BrowserPages;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.SampleMembers;

/**
 * A QI project recorded through the pages in headless Chromium, as a care-home lead would: the form
 * (with a mistake first), a measure, a PDSA cycle and what it showed, a colleague on the team, the
 * filtered list; on a phone's width too, and what a visitor who may not read it gets. Every page is
 * checked with the Nu HTML checker.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectPagesIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void aLeadRecordsAProjectWithAMeasureAndAPdsaCycle() throws Exception {
        ApiClient api = new ApiClient(deployed);
        long careHome = api.createOrganisation(SampleMembers.unique("Oakwood Care"), "CARE_HOME", "Midlands");
        SampleMembers.NewMember leadDetails = SampleMembers.named("Grace Mensah", "Deputy manager");
        api.signUp(leadDetails, careHome);
        String colleagueName = SampleMembers.unique("Kofi Asante");
        api.signUp(SampleMembers.named(colleagueName, "Night nurse"), null);
        String title = SampleMembers.unique("Interpreters at admission");

        try (BrowserPages pages = new BrowserPages(deployed)) {
            pages.signIn(leadDetails.email(), leadDetails.password());
            pages.open("/project/");
            pages.click("start-project");

            // a mistake first: a title of spaces (the browser itself refuses an empty one); what was typed
            // is kept and the error is on the field
            pages.type("project:title", "   ");
            pages.type("project:summary", "Offering an interpreter at every admission.");
            pages.driver()
                    .findElement(By.cssSelector("#project\\:setting option[value='CARE_HOMES']"))
                    .click();
            pages.click("project:save-project");
            assertTrue(pages.find("project:title").getAttribute("aria-invalid").equals("true"), pages.main());
            assertTrue(pages.main().contains("Title must not be empty"), pages.main());
            assertEquals(
                    "Offering an interpreter at every admission.",
                    pages.find("project:summary").getAttribute("value"));

            pages.type("project:title", title);
            pages.driver()
                    .findElement(By.cssSelector("#project\\:setting option[value='CARE_HOMES']"))
                    .click();
            pages.driver()
                    .findElement(By.cssSelector("#project\\:stage option[value='TESTING']"))
                    .click();
            pages.type("project:aim", "Every resident who needs one has an interpreter at admission by June 2027");
            checkbox(pages, "project:equityFocus", "ETHNICITY");
            checkbox(pages, "project:equityFocus", "LANGUAGE");
            pages.type("project:tags", "interpreters, admission");
            pages.click("project:save-project");

            assertEquals(title, pages.find("project-title").getText());
            assertEquals(
                    "Your project has been created. You lead it.",
                    pages.find("notice").getText());
            assertTrue(pages.find("project-equity-focus").getText().contains("Language and interpreting"));
            assertTrue(pages.find("project-stage").getText().startsWith("Testing changes"));
            String projectUrl = pages.driver().getCurrentUrl();

            // a measure
            openDetails(pages, "new-measure");
            pages.type("new-measure:name", "Admissions with an interpreter offered");
            pages.type("new-measure:definition", "Admissions where the record shows an interpreter was offered");
            pages.driver()
                    .findElement(By.cssSelector("input[name='new-measure:kind'][value='PROCESS']"))
                    .click();
            pages.click("new-measure:add-measure");
            assertTrue(pages.find("measure-list").getText().contains("Admissions with an interpreter offered"));
            assertTrue(pages.find("measure-list").getText().contains("Process measure"));

            // a PDSA cycle, and then what it showed
            openDetails(pages, "new-cycle");
            pages.type("new-cycle:title", "Language line on one unit");
            pages.type("new-cycle:plan", "Use the phone interpreting line for two weeks on Willow unit");
            pages.type("new-cycle:prediction", "Most admissions will have an interpreter offered");
            pages.click("new-cycle:record-cycle");
            assertTrue(
                    pages.find("cycle-list").getText().contains("Running"),
                    pages.find("cycle-list").getText());
            openDetails(pages, "study-cycle");
            pages.type("study-cycle:study", "9 of 11 admissions had one offered");
            pages.driver()
                    .findElement(By.cssSelector("input[name='study-cycle:act'][value='ADOPT']"))
                    .click();
            pages.click("study-cycle:study-cycle-button");
            String cycles = pages.find("cycle-list").getText();
            assertTrue(cycles.contains("9 of 11 admissions had one offered") && cycles.contains("Adopt"), cycles);

            // an update on the project, empty first; it opens as a thread of the project, and takes replies
            assertTrue(pages.find("no-updates").getText().startsWith("No updates yet"));
            pages.type("new-update:title", "Willow unit, week two");
            pages.type("new-update:body", "   ");
            pages.click("new-update:post-update");
            assertEquals("true", pages.find("new-update:body").getAttribute("aria-invalid"), pages.main());
            assertEquals("Willow unit, week two", pages.find("new-update:title").getAttribute("value"));
            pages.type("new-update:body", "Night admissions are the gap: we are trying a card in the handover folder.");
            pages.click("new-update:post-update");
            assertEquals("Your update has been posted.", pages.find("notice").getText());
            assertTrue(
                    pages.find("updates").getText().contains("Night admissions are the gap"),
                    pages.find("updates").getText());
            pages.follow(pages.driver().findElement(By.linkText("Willow unit, week two")));
            assertEquals("Willow unit, week two", pages.find("discussion-title").getText());
            assertEquals(title, pages.find("project-link").getText());
            pages.type("reply:body", "Week three: the card worked for both night admissions.");
            pages.click("reply:send");
            assertTrue(
                    pages.find("thread").getText().contains("the card worked"),
                    pages.find("thread").getText());
            pages.click("project-link");
            assertTrue(
                    pages.find("updates").getText().contains("the card worked"),
                    pages.find("updates").getText());

            // a colleague from elsewhere on the team
            pages.type("add-team-member:name", "Nobody By This Name");
            pages.click("add-team-member:add-member");
            assertTrue(pages.main().contains("No member has that name"), pages.main());
            pages.type("add-team-member:name", colleagueName);
            pages.click("add-team-member:add-member");
            assertTrue(
                    pages.find("team").getText().contains(colleagueName),
                    pages.find("team").getText());

            // a tool from the project: a PDF uploaded through the form, with a mistake first
            pages.driver().get(projectUrl);
            pages.click("share-tool");
            pages.type("resource:title", "Admission interpreter checklist");
            pages.type("resource:description", "What to check before an admission conversation.");
            pages.driver()
                    .findElement(By.cssSelector("#resource\\:type option[value='VISUAL_TOOL']"))
                    .click();
            java.nio.file.Path script = java.nio.file.Files.createTempFile("checklist", ".pdf");
            java.nio.file.Files.writeString(script, "#!/bin/sh\necho not a pdf\n");
            pages.find("resource:file").sendKeys(script.toString());
            pages.click("resource:share");
            assertTrue(pages.main().contains("is not a kind of file we accept"), pages.main());
            java.nio.file.Path pdf = java.nio.file.Files.createTempFile("checklist", ".pdf");
            java.nio.file.Files.write(pdf, org.qicommons.resource.SampleFiles.pdf("Interpreter checklist"));
            pages.find("resource:file").sendKeys(pdf.toString());
            pages.click("resource:share");
            assertEquals(
                    "Admission interpreter checklist",
                    pages.find("resource-title").getText());
            assertTrue(pages.find("resource-preview").isDisplayed(), "the PDF's first page is shown");
            assertTrue(
                    pages.find("download").getText().contains(".pdf"),
                    pages.find("download").getText());
            pages.driver().get(projectUrl);
            assertTrue(pages.find("tool-list").getText().contains("Admission interpreter checklist"));

            // the organisation's page shows the project and the tool
            pages.open("/organisation/view.xhtml?id=" + careHome);
            assertTrue(pages.find("organisation-projects").getText().contains(title));
            assertTrue(pages.find("organisation-resources").getText().contains("Admission interpreter checklist"));
            assertTrue(pages.find("organisation-members").getText().contains("Grace Mensah"));

            // the filtered list finds it
            pages.open("/project/?setting=CARE_HOMES&equityFocus=LANGUAGE&tag=interpreters");
            assertTrue(
                    pages.find("project-list").getText().contains(title),
                    pages.find("project-list").getText());
            pages.open("/project/?setting=ACUTE&tag=interpreters");
            assertFalse(pages.find("project-list").getText().contains(title));

            // on a phone, nothing is wider than the screen
            pages.driver().manage().window().setSize(new Dimension(375, 800));
            pages.driver().get(projectUrl);
            assertFalse(pages.scrollsSideways(), "wider than a phone: " + pages.tooWide());

            // made team-only, the project is "not found" to anyone else
            pages.driver().manage().window().setSize(new Dimension(1280, 900));
            pages.open(projectUrl.replaceFirst("^.*?/project/", "/project/").replace("view.xhtml", "edit.xhtml"));
            pages.driver()
                    .findElement(By.cssSelector("input[name='project:reach'][value='TEAM']"))
                    .click();
            pages.click("project:save-project");
            assertTrue(pages.find("project-reach").getText().contains("Only the project team"));
            HttpResponse<String> anonymous = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(projectUrl)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, anonymous.statusCode());
            assertFalse(anonymous.body().contains(title));

            assertEquals(Map.of(), pages.htmlErrors());
        }
    }

    /**
     * A discussion of a private group shared by its author with a regulator through the page; the
     * regulator's inspector finds it in Shared learning and reads it, and gets "not found" for its
     * neighbour and its group.
     */
    @Test
    void anInspectorReadsTheSharedDiscussionButNotItsNeighbours() throws Exception {
        ApiClient api = new ApiClient(deployed);
        ApiClient.Account admin = api.siteAdministrator();
        String regulatorName = SampleMembers.unique("Care Inspectorate");
        long regulator = api.createOrganisation(regulatorName, "REGULATOR", "England");
        api.put(
                        "api/admin/organisations/" + regulator + "/verification",
                        admin.token(),
                        jakarta.json.Json.createObjectBuilder()
                                .add("verified", true)
                                .add("reason", "On the register"))
                .expect(200);
        SampleMembers.NewMember authorDetails = SampleMembers.named("Nadia Rahman", "Home manager");
        Account author = api.signUp(authorDetails, null);
        SampleMembers.NewMember inspectorDetails = SampleMembers.named("Ian Cole", "Inspector");
        api.signUp(inspectorDetails, regulator);
        String slug = api.createGroup(author.token(), SampleMembers.unique("Managers circle"), "PRIVATE", "INVITE");
        String title = SampleMembers.unique("Our falls data, warts and all");
        long shared = api.startDiscussion(author.token(), slug, title, "Falls rose in winter; here is why.")
                .getJsonNumber("id")
                .longValue();
        long neighbour = api.startDiscussion(author.token(), slug, "Rota problems", "Not for anyone else.")
                .getJsonNumber("id")
                .longValue();

        try (BrowserPages pages = new BrowserPages(deployed)) {
            pages.signIn(authorDetails.email(), authorDetails.password());
            pages.open("/discussion/view.xhtml?id=" + shared);
            assertTrue(pages.find("not-shared").isDisplayed());
            pages.driver().executeScript("document.getElementById('share-request').closest('details').open = true");
            // no organisation chosen: refused on the field, the reason kept
            pages.type("share-request:reason", "For the inspection next month");
            pages.click("share-request:ask-to-share");
            assertTrue(pages.main().contains("Organisation must not be empty"), pages.main());
            assertEquals(
                    "For the inspection next month",
                    pages.find("share-request:reason").getAttribute("value"));
            pages.driver().executeScript("document.getElementById('share-request').closest('details').open = true");
            pages.driver()
                    .findElement(By.cssSelector("#share-request\\:organisationId option[value='" + regulator + "']"))
                    .click();
            pages.type("share-request:reason", "For the inspection next month");
            pages.click("share-request:ask-to-share");
            assertTrue(
                    pages.find("share-list").getText().contains(regulatorName),
                    pages.find("share-list").getText());
            assertTrue(
                    pages.find("share-list").getText().contains("Shared"),
                    pages.find("share-list").getText());
            assertEquals(Map.of(), pages.htmlErrors());
        }
        try (BrowserPages pages = new BrowserPages(deployed)) {
            pages.signIn(inspectorDetails.email(), inspectorDetails.password());
            pages.click("nav-shared");
            assertTrue(
                    pages.find("shared-list").getText().contains(title),
                    pages.find("shared-list").getText());
            pages.follow(pages.driver().findElement(By.linkText(title)));
            assertTrue(pages.find("shared-notice").getText().contains("Shared with your organisation"));
            assertTrue(pages.main().contains("Falls rose in winter"), pages.main());
            assertTrue(pages.driver().findElements(By.id("reply")).isEmpty(), "no reply form for a shared reader");
            pages.click("nav-shared");
            pages.click("by-week");
            assertTrue(pages.main().contains("Week of"), pages.main());
            assertTrue(pages.main().contains(title), pages.main());
            assertEquals(Map.of(), pages.htmlErrors());
        }
        HttpClient http = HttpClient.newHttpClient();
        String inspectorToken = api.token(inspectorDetails.email(), inspectorDetails.password());
        for (String path : List.of("discussion/view.xhtml?id=" + neighbour, "group/view.xhtml?slug=" + slug)) {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(deployed + path))
                            .header("Authorization", "Bearer " + inspectorToken)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, page.statusCode(), path);
            assertFalse(page.body().contains("Rota problems"), path);
        }
    }

    private static void checkbox(BrowserPages pages, String name, String value) {
        pages.driver()
                .findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                .click();
    }

    /** The team's forms start folded away: open the one this form is in. */
    private static void openDetails(BrowserPages pages, String formId) {
        pages.driver().executeScript("document.getElementById(arguments[0]).closest('details').open = true", formId);
    }
}
