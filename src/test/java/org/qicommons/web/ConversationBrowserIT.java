package org.qicommons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.Browser;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.HtmlChecker;

/**
 * The acceptance conversation of issue 2, played through the pages in headless Chromium: sign up,
 * create and join a group, post, reply, nested reply, edit with history, and what a non-member sees.
 * Every page visited is checked with the W3C Nu HTML checker.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationBrowserIT {
    private static final String PASSWORD = "a long sample password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    private ChromeDriver driver;
    private String base;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    /** Invalid-HTML reports per page visited, kept to the end so one run shows them all. */
    private final Map<String, List<String>> htmlErrors = new LinkedHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startBrowser() {
        // The session cookie is Secure: browsers keep it over plain HTTP only for localhost.
        base = deployed.toString().replaceFirst("//[^:/]+", "//localhost").replaceAll("/$", "");
        driver = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theEquityConversationCanBePlayedThroughThePages() throws Exception {
        // A care-home programme lead signs up with a new organisation and starts a public group.
        signUp(
                "Amara Okafor " + tag,
                "amara-" + tag + "@example.org",
                "new",
                "Brightwater Care " + tag,
                "CARE_HOME",
                "Programme Lead");
        String slug = createGroup("Achieving equity through QI " + tag, "PUBLIC", "OPEN");
        open("/group/view.xhtml?slug=" + slug);
        type("new-update:title", "Reducing disparities for care home residents");
        type(
                "new-update:body",
                "I lead a project on **enhanced care homes**. What work have you seen to reduce "
                        + "disparities by race, ethnicity and language? How do you measure equity?");
        click("new-update:post-update");
        WebElement discussion = driver.findElement(By.cssSelector("#activity section.discussion"));
        long discussionId = Long.parseLong(discussion.getAttribute("id").replace("discussion-", ""));
        long update = postIds(discussion).get(0);
        assertTrue(discussion.getText().contains("enhanced care homes"));
        signOut();

        // A community-healthcare member joins and replies to the update.
        signUp(
                "Priya Raman " + tag,
                "priya-" + tag + "@example.org",
                "new",
                "Riverside Community " + tag,
                "COMMUNITY_PROVIDER",
                "QI Data Lead");
        open("/group/view.xhtml?slug=" + slug);
        click("membership:join-group");
        assertNotNull(driver.findElement(By.id("membership:leave-group")), "Priya is now a member");
        long barrier = reply(
                discussionId, update, "Ethnicity data quality is our main barrier. We built visual tools staff like.");
        signOut();

        // The author answers that reply, nested under it.
        signIn("amara-" + tag + "@example.org");
        long askTools = reply(discussionId, barrier, "Could you share the tools?");
        signOut();

        // The first replier adds a clarifying reply to their own reply, then corrects it.
        signIn("priya-" + tag + "@example.org");
        long clarify = reply(discussionId, barrier, "To clarify: the 40% was for our care home caseload only.");
        open("/discussion/edit.xhtml?post=" + clarify);
        type("edit-post:body", "To clarify: the 40% figure was for our care home caseload only.");
        click("edit-post:save-post");
        signOut();

        // A public-health member replies to the update itself.
        signUp("Tom Hartley " + tag, "tom-" + tag + "@example.org", "", null, null, "Consultant in Public Health");
        open("/group/view.xhtml?slug=" + slug);
        click("membership:join-group");
        long offer = reply(discussionId, update, "Happy to share this thread with a regulator if that helps.");

        // The thread shows every post in thread order, nested, with author, organisation and time.
        open("/discussion/view.xhtml?id=" + discussionId);
        List<WebElement> posts = driver.findElements(By.cssSelector("#thread article.post"));
        assertEquals(List.of(update, barrier, askTools, clarify, offer), ids(posts));
        assertEquals(
                List.of("0", "1", "2", "2", "1"),
                posts.stream().map(post -> post.getAttribute("data-depth")).toList());
        assertEquals(String.valueOf(barrier), posts.get(2).getAttribute("data-reply-to"));
        WebElement barrierPost = posts.get(1);
        assertTrue(barrierPost.getText().contains("Priya Raman " + tag));
        assertTrue(barrierPost.getText().contains("Riverside Community " + tag));
        assertTrue(barrierPost.getText().contains("QI Data Lead"));
        WebElement time = barrierPost.findElement(By.tagName("time"));
        Instant written = Instant.parse(time.getAttribute("datetime"));
        assertTrue(written.isAfter(Instant.now().minusSeconds(600)) && !written.isAfter(Instant.now()));
        assertFalse(time.getAttribute("title").isBlank(), "exact time on hover");
        assertTrue(time.getText().contains("ago") || time.getText().contains("just now"), time.getText());

        // The edited reply says so, and its history keeps the earlier text.
        WebElement edited = driver.findElement(By.id("post-" + clarify));
        assertTrue(edited.getText().contains("the 40% figure was"));
        follow(edited.findElement(By.cssSelector("a.edited")));
        assertTrue(driver.findElement(By.id("version-current")).getText().contains("the 40% figure was"));
        assertTrue(
                driver.findElements(By.cssSelector("li.version:not(.current)")).stream()
                        .anyMatch(v -> v.getText().contains("the 40% was for our care home")),
                "earlier version kept");

        // A permalink opens the thread at that post.
        open("/p/" + askTools);
        assertTrue(driver.getCurrentUrl().contains("id=" + discussionId), driver.getCurrentUrl());
        assertTrue(driver.getCurrentUrl().endsWith("#post-" + askTools), driver.getCurrentUrl());
        signOut();

        // Anyone, signed in or not, can read the public thread but gets no reply box.
        open("/discussion/view.xhtml?id=" + discussionId);
        assertEquals(
                5, driver.findElements(By.cssSelector("#thread article.post")).size());
        assertTrue(driver.findElements(By.cssSelector("form[id^='reply']")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("a[id^='reply-link-']")).isEmpty());

        assertNoInvalidPages();
    }

    @Test
    void aPrivateGroupIsInvisibleToNonMembers() throws Exception {
        signUp("Sam Adeyemi " + tag, "sam-" + tag + "@example.org", "", null, null, "Registered Manager");
        String slug = createGroup("Care home leads " + tag, "PRIVATE", "INVITE");
        open("/group/view.xhtml?slug=" + slug);
        type("new-update:body", "Private note about our inspection " + tag);
        click("new-update:post-update");
        long discussionId = Long.parseLong(driver.findElement(By.cssSelector("#activity section.discussion"))
                .getAttribute("id")
                .replace("discussion-", ""));
        signOut();

        String notFound = bodyText("/group/view.xhtml?slug=no-such-group-" + tag);
        for (String who : List.of("anonymous", "signed-in non-member")) {
            if (who.startsWith("signed-in")) {
                signUp("Helen Price " + tag, "helen-" + tag + "@example.org", "", null, null, "Inspector");
            }
            assertEquals(notFound, bodyText("/group/view.xhtml?slug=" + slug), who + ": private group looks missing");
            assertEquals(
                    bodyText("/discussion/view.xhtml?id=999999999"),
                    bodyText("/discussion/view.xhtml?id=" + discussionId),
                    who + ": private thread looks missing");
            open("/");
            assertFalse(driver.getPageSource().contains("Private note about our inspection " + tag), who + ": home");
            open("/group/index.xhtml");
            assertFalse(driver.getPageSource().contains("Care home leads " + tag), who + ": group list");
        }
        assertNoInvalidPages();
    }

    @Test
    void aNewcomerChoosesTheirOrganisationFromTheListAndKeepsItWhenSavingTheirProfile() throws Exception {
        // sign-up no longer adds organisations (that takes a confirmed member): only the list
        open("/member/signup.xhtml");
        assertTrue(driver.findElements(By.id("signup:organisationName")).isEmpty(), "no organisation fields");
        String organisation = "Meadowbank Care " + tag;
        signUp("Ola Nowak " + tag, "ola-" + tag + "@example.org", "new", organisation, "CARE_HOME", "Manager");
        // an official type is marked unverified wherever it is shown
        String board = "Valley Board " + tag;
        addOrganisation(board, "ICB");
        assertTrue(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("edit-profile:organisation")))
                .getFirstSelectedOption()
                .getText()
                .equals(board + " (Integrated care board, unverified)"));
        open("/member/view.xhtml?id="
                + driver.findElement(By.id("nav-profile")).getAttribute("href").replaceAll(".*id=", ""));
        assertTrue(driver.findElement(By.id("profile-organisation")).getText().contains("unverified"));
        signOut();

        // the same address again: said plainly, with the way on
        open("/member/signup.xhtml");
        type("signup:displayName", "Ola again " + tag);
        type("signup:email", "ola-" + tag + "@example.org");
        type("signup:password", PASSWORD);
        click("signup:signup-button");
        String taken = driver.findElement(By.id("signup-email-error")).getText();
        assertTrue(taken.endsWith("There is already an account with this e-mail address."), taken);
        follow(driver.findElement(By.cssSelector("#email-taken a")));
        assertTrue(driver.getCurrentUrl().contains("/member/signin.xhtml"), driver.getCurrentUrl());

        // the next member from there finds it in the list, by its name and type
        open("/member/signup.xhtml");
        org.openqa.selenium.support.ui.Select list =
                new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("signup:organisation")));
        assertFalse(list.getOptions().stream().anyMatch(o -> o.getText().equals("()")), "every option has a name");
        list.selectByVisibleText(organisation + " (Care home)");
        type("signup:displayName", "Kofi Mensah " + tag);
        type("signup:email", "kofi-" + tag + "@example.org");
        type("signup:password", PASSWORD);
        click("signup:signup-button");
        assertTrue(driver.findElements(By.cssSelector(".field-error")).isEmpty(), driver.getPageSource());
        String profile = driver.findElement(By.id("nav-profile")).getAttribute("href");
        long memberId = Long.parseLong(profile.replaceAll(".*id=", ""));
        assertEquals(organisation, organisationOf(memberId));

        // saving the profile with only "About you" changed keeps the organisation
        open("/member/edit.xhtml");
        assertEquals(
                organisation + " (Care home)",
                new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("edit-profile:organisation")))
                        .getFirstSelectedOption()
                        .getText());
        type("edit-profile:bio", "I lead falls prevention across our homes.");
        click("edit-profile:save-profile");
        assertEquals(organisation, organisationOf(memberId));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("I lead falls prevention"));
        assertNoInvalidPages();
    }

    private String organisationOf(long memberId) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/members/" + memberId))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))) {
            var json = reader.readObject();
            return json.isNull("organisation")
                    ? null
                    : json.getJsonObject("organisation").getString("name");
        }
    }

    @Test
    void onAPhoneAWideTableScrollsInsideItsPostAndSearchResultsComeFirst() throws Exception {
        signUp("Rhys Price " + tag, "rhys-" + tag + "@example.org", "", null, null, "Data analyst");
        String slug = createGroup("Wide tables " + tag, "PUBLIC", "OPEN");
        open("/group/view.xhtml?slug=" + slug);
        type("new-update:title", "Falls by home " + tag);
        StringBuilder table = new StringBuilder("Our figures:\n\n|");
        for (int i = 1; i <= 14; i++) {
            table.append(" Brightwater home ").append(i).append(" |");
        }
        table.append("\n|")
                .append("---|".repeat(14))
                .append("\n|")
                .append(" 12 |".repeat(14))
                .append("\n");
        type("new-update:body", table.toString() + "\n![broken](javascript:alert(1)) tablewide" + tag);
        click("new-update:post-update");
        long discussionId = Long.parseLong(driver.findElement(By.cssSelector("#activity section.discussion"))
                .getAttribute("id")
                .replace("discussion-", ""));

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("/discussion/view.xhtml?id=" + discussionId);
            assertEquals(
                    0, driver.findElements(By.cssSelector(".post-body img")).size(), "no empty image");
            WebElement box = driver.findElement(By.cssSelector(".post-body .table-scroll"));
            Number page = (Number) driver.executeScript("return document.documentElement.scrollWidth");
            Number viewport = (Number) driver.executeScript("return document.documentElement.clientWidth");
            assertTrue(page.longValue() <= viewport.longValue(), "the page is " + page + " px wide on a " + viewport);
            Number inner = (Number) driver.executeScript("return arguments[0].scrollWidth", box);
            Number outer = (Number) driver.executeScript("return arguments[0].clientWidth", box);
            assertTrue(inner.longValue() > outer.longValue(), "the table scrolls inside its box");

            // search: the results are on the first screen, the filters after them
            open("/search/?q=tablewide" + tag);
            WebElement results = driver.findElement(By.id("results"));
            WebElement facets = driver.findElement(By.id("facets"));
            assertTrue(results.getLocation().getY() < facets.getLocation().getY(), "results before the filters");
            assertTrue(results.getLocation().getY() < 844, "results start on the first screen");
            assertTrue(driver.findElement(By.cssSelector(".to-facets")).isDisplayed(), "a way to the filters");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
        }
        // two search forms, two names: landmarks a screen reader can tell apart
        List<String> names = driver.findElements(By.cssSelector("[role=search]")).stream()
                .map(f -> f.getAttribute("aria-label"))
                .toList();
        assertEquals(2, names.size());
        assertTrue(names.stream().allMatch(n -> n != null && !n.isBlank()), names.toString());
        assertEquals(2, names.stream().distinct().count(), names.toString());
        assertNoInvalidPages();
    }

    @Test
    void aHalfWrittenUpdateIsKeptWhenLeavingThePageAndCanBePreviewed() throws Exception {
        signUp("Bea Shah " + tag, "bea-" + tag + "@example.org", "", null, null, "Nurse");
        String slug = createGroup("Drafts " + tag, "PUBLIC", "OPEN");
        open("/group/view.xhtml?slug=" + slug);
        type("new-update:body", "Our **third** PDSA cycle halved the falls");
        driver.findElement(By.cssSelector("#new-update .preview-button")).click();
        WebElement preview = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#new-update .preview strong")));
        assertEquals("third", preview.getText(), "the preview renders the Markdown");

        Thread.sleep(800); // the draft is kept a moment after typing stops
        open("/");
        open("/group/view.xhtml?slug=" + slug);
        assertEquals(
                "Our **third** PDSA cycle halved the falls",
                driver.findElement(By.id("new-update:body")).getAttribute("value"),
                "the draft is back");
        assertTrue(driver.findElement(By.cssSelector(".draft-note")).getText().contains("put back"));
        click("new-update:post-update");
        open("/group/view.xhtml?slug=" + slug);
        assertEquals("", driver.findElement(By.id("new-update:body")).getAttribute("value"), "sent: no draft");
        assertTrue(driver.findElements(By.cssSelector(".draft-note")).isEmpty());
    }

    @Test
    void formsExplainWhatIsWrongAndKeepWhatWasTyped() throws Exception {
        open("/member/signup.xhtml");
        type("signup:displayName", "Fiona " + tag);
        // passes the browser's own e-mail check (which would stop the form being sent) but not ours
        type("signup:email", "fiona@nodot");
        type("signup:password", PASSWORD);
        click("signup:signup-button");
        WebElement error = driver.findElement(By.id("signup-email-error"));
        assertTrue(error.getText().contains("e-mail address"), error.getText());
        assertTrue(driver.findElement(By.id("signup:email"))
                .getAttribute("aria-describedby")
                .contains("signup-email-error"));
        assertEquals(
                "Fiona " + tag, driver.findElement(By.id("signup:displayName")).getAttribute("value"));
        check();

        open("/member/signin.xhtml");
        type("signin:email", "nobody-" + tag + "@example.org");
        type("signin:password", "wrong password here");
        click("signin:signin-button");
        assertTrue(
                driver.findElement(By.tagName("main")).getText().toLowerCase().contains("not right")
                        || driver.findElement(By.tagName("main"))
                                .getText()
                                .toLowerCase()
                                .contains("incorrect"),
                driver.findElement(By.tagName("main")).getText());
        assertNoInvalidPages();
    }

    @Test
    void searchFindsWhatWasJustPostedAndFacetsNarrowIt() throws Exception {
        signUp(
                "Nia Evans " + tag,
                "nia-" + tag + "@example.org",
                "new",
                // not an official type: an unverified NHS trust would (rightly) give no organisation facet
                "Valleys Falls Collaborative " + tag,
                "COMMUNITY_PROVIDER",
                "Improvement Lead");
        String slug = createGroup("Falls prevention " + tag, "PUBLIC", "OPEN");
        open("/group/view.xhtml?slug=" + slug);
        type("new-update:title", "PDSA cycles on falls " + tag);
        type("new-update:body", "Our run chart shows falls halved after the third PDSA cycle on ward " + tag + ".");
        click("new-update:post-update");

        // the header's search box, from any page
        open("/");
        type("site-search-q", "falls " + tag);
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.submit();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/search/"));
        check();
        List<WebElement> hits = driver.findElements(By.cssSelector("#results li.hit-discussion"));
        assertFalse(hits.isEmpty(), "a hit for the update just posted");
        WebElement hit = hits.get(0);
        assertTrue(hit.getText().contains("PDSA cycles on falls " + tag), hit.getText());
        assertFalse(hit.findElements(By.tagName("mark")).isEmpty(), "matched words are marked");
        assertTrue(hit.getText().contains("Nia Evans " + tag));
        assertTrue(hit.getText().contains("Falls prevention " + tag));

        // a facet narrows the results, and shows as selected
        WebElement facet = driver.findElement(By.cssSelector("#facet-organisationType a"));
        follow(facet);
        assertTrue(driver.getCurrentUrl().contains("organisationType="), driver.getCurrentUrl());
        assertFalse(driver.findElements(By.cssSelector("#facets a.selected")).isEmpty());
        follow(driver.findElement(By.cssSelector("#results li.hit-discussion h3 a")));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("PDSA cycles on falls " + tag));
        assertNoInvalidPages();
    }

    @Test
    void anAdministratorSeesTheIndexAndRebuildsItWithProgress() throws Exception {
        assertEquals(
                bodyText("/no-such-page-" + tag + ".xhtml"), bodyText("/admin/search.xhtml"), "hidden from visitors");
        // the one administrator every test class shares (the database may be shared, as in CI on PostgreSQL)
        ApiClient.Account admin = new ApiClient(deployed).siteAdministrator();
        open("/member/signin.xhtml");
        type("signin:email", admin.email());
        type("signin:password", admin.password());
        click("signin:signin-button");
        assertNotNull(driver.findElement(By.id("nav-profile")), "the administrator is signed in");
        open("/admin/search.xhtml");
        assertEquals("Ready", driver.findElement(By.id("index-state")).getText());
        click("rebuild:rebuild-button");
        String state = driver.findElement(By.id("index-state")).getText();
        for (int i = 0; i < 60 && !state.equals("Ready"); i++) {
            Thread.sleep(1000);
            open("/admin/search.xhtml");
            state = driver.findElement(By.id("index-state")).getText();
        }
        assertEquals("Ready", state);
        assertTrue(driver.findElement(By.id("index-reason")).getText().contains("requested"));
        assertNoInvalidPages();
    }

    // ---- steps ----

    private void signUp(
            String name, String email, String organisation, String organisationName, String type, String jobTitle)
            throws Exception {
        open("/member/signup.xhtml");
        type("signup:displayName", name);
        type("signup:email", email);
        type("signup:password", PASSWORD);
        if (!organisation.isEmpty() && !"new".equals(organisation)) {
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("signup:organisation")))
                    .selectByValue(organisation);
        }
        type("signup:jobTitle", jobTitle);
        click("signup:signup-button");
        assertNotNull(driver.findElement(By.id("nav-profile")), "signed in after sign-up");
        if ("new".equals(organisation)) {
            addOrganisation(organisationName, type);
        }
    }

    /** "Is your organisation not listed?" on the profile page (these members' addresses count as confirmed). */
    private void addOrganisation(String organisationName, String type) throws Exception {
        open("/member/edit.xhtml");
        type("add-organisation:organisation-name", organisationName);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("add-organisation:organisation-type")))
                .selectByValue(type);
        click("add-organisation:add-organisation-button");
        String main = driver.findElement(By.tagName("main")).getText();
        assertTrue(main.contains(organisationName + " has been added as your organisation"), main);
        String selected = new org.openqa.selenium.support.ui.Select(
                        driver.findElement(By.id("edit-profile:organisation")))
                .getFirstSelectedOption()
                .getText();
        assertTrue(selected.startsWith(organisationName + " ("), selected);
    }

    private void signIn(String email) throws Exception {
        open("/member/signin.xhtml");
        type("signin:email", email);
        type("signin:password", PASSWORD);
        click("signin:signin-button");
        assertNotNull(driver.findElement(By.id("nav-profile")), "signed in");
    }

    private void signOut() throws Exception {
        click("signout:signout-button");
        assertTrue(driver.findElements(By.id("nav-profile")).isEmpty(), "signed out");
    }

    private String createGroup(String name, String visibility, String joinPolicy) throws Exception {
        open("/group/index.xhtml");
        type("new-group:name", name);
        type("new-group:description", "A group for the browser test " + tag);
        driver.findElement(By.cssSelector("input[name='new-group:visibility'][value='" + visibility + "']"))
                .click();
        driver.findElement(By.cssSelector("input[name='new-group:joinPolicy'][value='" + joinPolicy + "']"))
                .click();
        click("new-group:create-group");
        assertEquals(name, driver.findElement(By.id("group-name")).getText());
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("slug=") + 5);
    }

    /**
     * Replies as a reader would: the "Reply" link under the post, then the page's reply form, which
     * then names the post answered; returns the new post's id.
     */
    private long reply(long discussionId, long toPost, String text) throws Exception {
        open("/discussion/view.xhtml?id=" + discussionId);
        List<Long> before = ids(driver.findElements(By.cssSelector("#thread article.post")));
        driver.findElement(By.id("reply-link-" + toPost)).click();
        String author = driver.findElement(By.cssSelector("#post-" + toPost + " .author"))
                .getText();
        String heading = driver.findElement(By.id("reply-heading")).getText();
        assertTrue(
                heading.equals("Reply to " + author) || heading.equals("Reply to the update"),
                "the form says what it answers: " + heading);
        type("reply:body", text);
        click("reply:send");
        open("/discussion/view.xhtml?id=" + discussionId);
        List<Long> after = new ArrayList<>(ids(driver.findElements(By.cssSelector("#thread article.post"))));
        after.removeAll(before);
        assertEquals(1, after.size(), "one new post");
        WebElement post = driver.findElement(By.id("post-" + after.get(0)));
        assertEquals(String.valueOf(toPost), post.getAttribute("data-reply-to"));
        assertTrue(post.getText().contains(text));
        return after.get(0);
    }

    private static List<Long> postIds(WebElement container) {
        return ids(container.findElements(By.cssSelector("article.post")));
    }

    private static List<Long> ids(List<WebElement> articles) {
        return articles.stream()
                .map(a -> Long.parseLong(a.getAttribute("id").replace("post-", "")))
                .toList();
    }

    // ---- browser plumbing ----

    private void open(String path) throws Exception {
        driver.get(base + path);
        check();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a button that sends a form, and waits until the browser has left the page. */
    private void click(String id) throws Exception {
        follow(driver.findElement(By.id(id)));
    }

    private void follow(WebElement linkOrButton) throws Exception {
        linkOrButton.click();
        // Left the page once the old element is gone. Mid-navigation Chromium may report that as
        // "stale" or as "node does not belong to the document"; both mean the same here.
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(browser -> {
            try {
                linkOrButton.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        check();
    }

    private String bodyText(String path) throws Exception {
        open(path);
        return driver.findElement(By.tagName("main")).getText();
    }

    /**
     * Checks the page now shown with the Nu checker. The HTML is fetched again as the server sent it
     * (the browser's DOM is not the markup), with the browser's cookies.
     */
    private void check() throws Exception {
        String url = driver.getCurrentUrl().replaceAll("#.*$", "");
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        List<String> errors = HtmlChecker.errors(response.body());
        if (!errors.isEmpty()) {
            htmlErrors.put(url, errors);
        }
    }

    private void assertNoInvalidPages() {
        assertEquals(Map.of(), htmlErrors, "pages that are not valid HTML");
    }
}
