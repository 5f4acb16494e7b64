package org.qicommons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

            // a colleague from elsewhere on the team
            pages.type("add-team-member:name", "Nobody By This Name");
            pages.click("add-team-member:add-member");
            assertTrue(pages.main().contains("No member has that name"), pages.main());
            pages.type("add-team-member:name", colleagueName);
            pages.click("add-team-member:add-member");
            assertTrue(
                    pages.find("team").getText().contains(colleagueName),
                    pages.find("team").getText());

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
