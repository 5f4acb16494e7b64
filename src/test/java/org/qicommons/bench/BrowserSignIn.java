package org.qicommons.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a member in the way a browser does, through the sign-in page's form, and returns the cookies
 * the app set (the session cookie): the signed-in load sends them as they are. The form is read, not
 * assumed, so this keeps working while the page changes: every field it has is sent back, with the
 * e-mail address and password filled in.
 */
final class BrowserSignIn {
    private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"signin\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;

    BrowserSignIn(URI base) {
        this.base = base;
    }

    /** The {@code Cookie} header value of a signed-in browser. */
    String cookie(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(base.resolve("member/signin.xhtml")).build(), ofString());
        Map<String, String> cookies = new LinkedHashMap<>();
        remember(page, cookies);
        Matcher form = FORM.matcher(page.body());
        if (page.statusCode() != 200 || !form.find()) {
            throw new IllegalStateException("no sign-in form at /member/signin.xhtml: HTTP " + page.statusCode());
        }
        Matcher action = ACTION.matcher(form.group());
        URI target = action.find()
                ? base.resolve(action.group(1).replace("&amp;", "&"))
                : base.resolve("member/signin.xhtml");
        StringJoiner fields = new StringJoiner("&");
        Matcher input = INPUT.matcher(form.group(1));
        while (input.find()) {
            Map<String, String> attributes = attributes(input.group());
            String name = attributes.get("name");
            if (name == null) {
                continue;
            }
            String type = attributes.getOrDefault("type", "text");
            String value = type.equals("email") || name.endsWith(":email")
                    ? email
                    : type.equals("password") ? password : attributes.getOrDefault("value", "");
            fields.add(encode(name) + "=" + encode(value));
        }
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", header(cookies))
                        .POST(HttpRequest.BodyPublishers.ofString(fields.toString()))
                        .build(),
                ofString());
        remember(signedIn, cookies);
        if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
            throw new IllegalStateException(
                    "signing in " + email + " through the form answered HTTP " + signedIn.statusCode());
        }
        return header(cookies);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return attributes;
    }

    /** Keeps the name=value of every Set-Cookie, a later one replacing an earlier one of the same name. */
    private static void remember(HttpResponse<?> response, Map<String, String> cookies) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(
                        pair.substring(0, equals).strip(),
                        pair.substring(equals + 1).strip());
            }
        }
    }

    private static String header(Map<String, String> cookies) {
        StringJoiner header = new StringJoiner("; ");
        cookies.forEach((name, value) -> header.add(name + "=" + value));
        return header.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static HttpResponse.BodyHandler<String> ofString() {
        return HttpResponse.BodyHandlers.ofString();
    }
}
