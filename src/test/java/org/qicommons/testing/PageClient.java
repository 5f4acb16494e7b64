package org.qicommons.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for tests of the pages over plain HTTP: it keeps the session cookie
 * itself (the cookie is Secure, which Java's cookie store would not send over http://), follows no
 * redirects, and reads and submits the forms of our own pages.
 */
public final class PageClient {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final URI root;
    private String sessionId;

    public PageClient(URL deployed) {
        String base = deployed.toString();
        this.root = URI.create(base.endsWith("/") ? base : base + "/");
    }

    /** What the server answered. */
    public record Page(int status, Map<String, List<String>> headers, String html) {
        public List<String> cookies() {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }

        public String location() {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("location"))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        /** The form with this id, as the page shows it. */
        public Form form(String id) {
            Matcher form = Pattern.compile(
                            "<form id=\"" + Pattern.quote(id) + "\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
                            Pattern.DOTALL)
                    .matcher(html);
            if (!form.find()) {
                throw new AssertionError("no form " + id + " on the page");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            // as a browser sends it: checked radios and boxes only, a text area's content
            Matcher input = Pattern.compile(
                            "<(input|select)\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL)
                    .matcher(form.group(2));
            while (input.find()) {
                boolean textArea = input.group(1) == null;
                String attributes = textArea ? input.group(3) : input.group(2);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                if (name == null || "submit".equals(type)) {
                    continue;
                }
                boolean choice = "radio".equals(type) || "checkbox".equals(type);
                if (choice
                        && !Pattern.compile("\\schecked\\b").matcher(attributes).find()) {
                    continue;
                }
                String value = textArea ? input.group(4) : attribute(attributes, "value");
                fields.put(name, value == null ? "" : unescape(value));
            }
            return new Form(unescape(form.group(1)), fields);
        }

        /** Every value of the Faces view state fields on the page. */
        public List<String> viewStates() {
            Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
                    .matcher(html);
            List<String> states = new java.util.ArrayList<>();
            while (m.find()) {
                states.add(m.group(1));
            }
            return states;
        }
    }

    /** A form's action and fields; {@link #with} sets what a person would type or click. */
    public record Form(String action, Map<String, String> fields) {
        public Form with(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put(name, value);
            return new Form(action, changed);
        }

        public Form without(String name) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.remove(name);
            return new Form(action, changed);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** Submits the form as a browser would, pressing {@code button} (its name). */
    public Page submit(Form form, String button, String buttonLabel) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put(button, buttonLabel);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(root.resolve(form.action()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body)));
    }

    /** Signs in through the sign-in page; the session cookie is kept for later requests. */
    public void signIn(String email, String password) {
        Form form = get("member/signin.xhtml")
                .form("signin")
                .with("signin:email", email)
                .with("signin:password", password);
        Page answer = submit(form, "signin:signin-button", "Sign in");
        if (answer.status() != 302 && answer.status() != 303) {
            throw new AssertionError("sign-in failed: " + answer.status());
        }
    }

    public String sessionId() {
        return sessionId;
    }

    private URI resolve(String path) {
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private Page send(HttpRequest.Builder request) {
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
            Page page = new Page(response.statusCode(), response.headers().map(), response.body());
            for (String cookie : page.cookies()) {
                Matcher m = SESSION_COOKIE.matcher(cookie);
                if (m.find()) {
                    sessionId = m.group(1);
                }
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String value) {
        return value.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
