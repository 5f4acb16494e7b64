package org.qicommons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.BrowserPages;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.SampleMembers;

/**
 * The situation the forum exists for, through the pages: a reply arrives weeks later, its addressee
 * sees the count in the header, opens the notification and lands on the exact reply, answers with a
 * mention and then by private message from the replier's profile (no address shown); and following a
 * group from its page brings its next update.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationPagesIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void aLateReplyIsFoundFromTheHeaderAndFollowingAGroupBringsItsUpdates() throws Exception {
        ApiClient api = new ApiClient(deployed);
        SampleMembers.NewMember authorDetails = SampleMembers.named("Hannah Clarke", "Ward manager");
        ApiClient.Account author = api.signUp(authorDetails, null);
        ApiClient.Account replier = api.signUp(SampleMembers.named("Josiah Mensah-Okoro", "Matron"), null);
        String slug = api.createGroup(replier.token(), SampleMembers.unique("Falls network"), "PUBLIC", "OPEN");
        api.join(author.token(), slug).expect(200);
        long update = api.startDiscussion(author.token(), slug, "Falls at night", "What has worked for you?")
                .getJsonNumber("id")
                .longValue();
        long reply = api.reply(replier.token(), update, null, "Sorry, just back from leave: low beds helped us.")
                .getJsonNumber("id")
                .longValue();

        try (BrowserPages pages = new BrowserPages(deployed)) {
            pages.signIn(authorDetails.email(), authorDetails.password());
            // the notifier runs every second: reload until the count shows
            new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(browser -> {
                pages.open("/");
                return !browser.findElements(By.id("unread-count")).isEmpty();
            });
            assertEquals(
                    "1 unread",
                    pages.find("unread-count").getAttribute("textContent").strip());
            pages.click("nav-notifications");
            String listed = pages.find("notifications").getText();
            assertTrue(listed.contains("Josiah Mensah-Okoro replied to your post in “Falls at night”"), listed);
            assertTrue(listed.contains("low beds helped us"), listed);
            pages.follow(pages.driver().findElement(By.partialLinkText("Josiah Mensah-Okoro replied")));
            assertTrue(
                    pages.driver().getCurrentUrl().contains("#post-" + reply),
                    pages.driver().getCurrentUrl());
            assertTrue(pages.find("post-" + reply).getText().contains("low beds helped us"));
            assertTrue(pages.driver().findElements(By.id("unread-count")).isEmpty(), "read once opened");

            // answering with a mention: "@Josiah Mens" offers him, and choosing him writes the mention
            var box = pages.find("reply:body");
            box.sendKeys("Thank you @Josiah Mens");
            new WebDriverWait(pages.driver(), Duration.ofSeconds(10))
                    .until(browser -> !browser.findElements(By.cssSelector(".mention-list li"))
                            .isEmpty());
            box.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
            assertEquals(
                    "Thank you [@Josiah Mensah-Okoro](/member/view.xhtml?id=" + replier.id() + ") ",
                    box.getAttribute("value"));
            box.sendKeys("could you share the beds' supplier?");
            pages.click("reply:send");
            assertTrue(
                    pages.find("thread").getText().contains("Thank you @Josiah Mensah-Okoro could you share"),
                    pages.find("thread").getText());
            new WebDriverWait(pages.driver(), Duration.ofSeconds(20))
                    .until(browser -> api.get("api/notifications", replier.token())
                            .expect(200)
                            .text()
                            .contains("MENTION"));

            // and answers privately, from his profile: neither address is shown
            pages.open("/member/view.xhtml?id=" + replier.id());
            assertTrue(!pages.main().contains(replier.email()) && !pages.main().contains("@example.org"), pages.main());
            pages.click("send-message");
            assertTrue(pages.find("message-to").getText().contains("Josiah Mensah-Okoro"));
            pages.type("message:title", "The beds");
            pages.type("message:body", "Could you send me the supplier's details here?");
            pages.click("message:send");
            assertEquals("Your message has been sent.", pages.find("notice").getText());
            assertEquals(
                    "Conversation with Josiah Mensah-Okoro",
                    pages.find("conversation-name").getText());
            assertTrue(
                    pages.find("thread").getText().contains("supplier's details"),
                    pages.find("thread").getText());
            assertTrue(!pages.main().contains(replier.email()) && !pages.main().contains(authorDetails.email()));
            new WebDriverWait(pages.driver(), Duration.ofSeconds(20))
                    .until(browser -> api.get("api/notifications", replier.token())
                            .expect(200)
                            .text()
                            .contains("Hannah Clarke sent you a message"));
            pages.click("nav-messages");
            assertTrue(
                    pages.find("conversations").getText().contains("The beds"),
                    pages.find("conversations").getText());

            // following the group from its page
            pages.open("/group/view.xhtml?slug=" + slug);
            pages.driver()
                    .findElement(By.cssSelector("#follow\\:level option[value='EVERYTHING']"))
                    .click();
            pages.click("follow:save-follow");
            assertEquals(
                    "You follow it: you will be told of all its activity.",
                    pages.find("notice").getText());
            assertEquals(
                    "EVERYTHING",
                    pages.driver()
                            .findElement(By.cssSelector("#follow\\:level option:checked"))
                            .getAttribute("value"));
            api.startDiscussion(replier.token(), slug, "Huddle at handover", "Trying a two-minute huddle.");
            new WebDriverWait(pages.driver(), Duration.ofSeconds(20)).until(browser -> {
                pages.open("/notification/");
                return pages.find("notifications").getText().contains("Josiah Mensah-Okoro posted an update in");
            });
            assertEquals(Map.of(), pages.htmlErrors());
        }
    }
}
