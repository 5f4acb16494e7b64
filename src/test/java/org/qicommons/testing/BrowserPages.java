package org.qicommons.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the deployed application, for browser tests of the pages: opens pages, types,
 * clicks and waits for the next page, and checks each page shown with the Nu HTML checker, keeping
 * the errors to the end so one run reports them all. (ConversationBrowserIT has the same steps of its
 * own, written before this class.)
 */
public final class BrowserPages implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ChromeDriver driver = Browser.start();
    private final String base;
    private final Map<String, List<String>> htmlErrors = new LinkedHashMap<>();

    public BrowserPages(URL deployed) {
        // The session cookie is Secure: browsers keep it over plain HTTP only for localhost.
        base = deployed.toString().replaceFirst("//[^:/]+", "//localhost").replaceAll("/$", "");
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
        checkHtml();
    }

    public void signIn(String email, String password) {
        open("/member/signin.xhtml");
        type("signin:email", email);
        type("signin:password", password);
        click("signin:signin-button");
        if (driver.findElements(By.id("nav-profile")).isEmpty()) {
            throw new AssertionError("not signed in as " + email);
        }
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    public void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the link or button with this id and waits until the browser has left the page. */
    public void click(String id) {
        follow(find(id));
    }

    public void follow(WebElement linkOrButton) {
        linkOrButton.click();
        // Left the page once the old element is gone; mid-navigation Chromium may call that "stale"
        // or "node does not belong to the document".
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(browser -> {
            try {
                linkOrButton.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        checkHtml();
    }

    /** The text of the page's main landmark. */
    public String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Whether the page now shown is wider than the window (it should scroll only up and down). */
    public boolean scrollsSideways() {
        Number page = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) driver.executeScript("return document.documentElement.clientWidth");
        return page.longValue() > viewport.longValue();
    }

    /**
     * The innermost elements, or text, reaching past the window's right edge, as "tag#id.class": what
     * makes a page too wide. (Cells of a table that scrolls inside its own box are listed too.)
     */
    @SuppressWarnings("unchecked")
    public List<String> tooWide() {
        return (List<String>) driver.executeScript("""
                const width = document.documentElement.clientWidth;
                const reach = e => e.getBoundingClientRect().left + Math.max(e.scrollWidth, e.getBoundingClientRect().width);
                return [...document.querySelectorAll('body *')]
                    .filter(e => reach(e) > width + 1)
                    .filter(e => ![...e.children].some(c => reach(c) > width + 1))
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
                """);
    }

    /** Invalid-HTML reports by address, for every page shown so far. */
    public Map<String, List<String>> htmlErrors() {
        return htmlErrors;
    }

    /** The page now shown, fetched again as the server sent it (the DOM is not the markup), checked. */
    private void checkHtml() {
        String url = driver.getCurrentUrl().replaceAll("#.*$", "");
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            List<String> errors = HtmlChecker.errors(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .body());
            if (!errors.isEmpty()) {
                htmlErrors.put(url, errors);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
