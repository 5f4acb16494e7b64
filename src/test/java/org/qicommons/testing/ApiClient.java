package org.qicommons.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A small client for the REST API, for tests that talk to the running application from outside.
 * Every call returns a {@link Reply} (status, headers, text) and never throws on an HTTP error, so
 * tests can assert on refusals as easily as on successes. The use-case helpers ({@link #signUp},
 * {@link #createGroup}, ...) expect success and fail the test with the server's answer otherwise.
 */
public final class ApiClient {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** HTTP/1.1 only, as a browser speaks to a server without TLS (no h2c upgrade). */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final HttpClient http;

    /** {@code base} is the application's root (the Arquillian deployment URL). */
    public ApiClient(URL base) {
        this(base, HTTP);
    }

    private ApiClient(URL base, HttpClient http) {
        this.http = http;
        try {
            String root = base.toString();
            this.base = new URI(root.endsWith("/") ? root : root + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The same client speaking HTTP/1.1 only, like a browser on a plain-HTTP address. */
    public ApiClient overHttp11() {
        try {
            return new ApiClient(base.toURL(), HTTP_1_1);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer from the server. */
    public record Reply(int status, HttpHeaders headers, String text) {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(text))) {
                return reader.read();
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The {@code field} a problem response names, or null. */
        public String field() {
            return json().isNull("field") ? null : json().getString("field");
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        /** Fails with the whole answer unless the status is the expected one. */
        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (text.length() > 600 ? text.substring(0, 600) + "..." : text);
        }
    }

    /** A member the tests signed up, with a token for their API calls. */
    public record Account(long id, String email, String displayName, String password, String token) {}

    // ---- HTTP ----

    public Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Reply post(String path, String token, JsonObjectBuilder body) {
        return send("POST", path, token, body == null ? null : body.build().toString(), Map.of());
    }

    public Reply put(String path, String token, JsonObjectBuilder body) {
        return send("PUT", path, token, body == null ? null : body.build().toString(), Map.of());
    }

    public Reply patch(String path, String token, JsonObjectBuilder body) {
        return send("PATCH", path, token, body == null ? null : body.build().toString(), Map.of());
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    /**
     * Any request. {@code path} is relative to the application root ("api/groups") or, with a
     * leading slash, to the server root ("/openapi"). A null body sends none.
     */
    public Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (headers.keySet().stream().noneMatch("Accept"::equalsIgnoreCase)) {
            request.header("Accept", "application/json, application/problem+json");
        }
        boolean typed = headers.keySet().stream().anyMatch("Content-Type"::equalsIgnoreCase);
        if (!typed && (body != null || "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file part of a multipart upload: its name as a browser would send it, a claimed type, the bytes. */
    public record FilePart(String fileName, String contentType, byte[] bytes) {}

    /** POSTs multipart/form-data: text fields (a field may repeat) and one file part named "file". */
    public Reply upload(String path, String token, Map<String, List<String>> fields, FilePart file) {
        String boundary = "----qic" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write =
                text -> body.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        fields.forEach((name, values) -> values.forEach(value -> write.accept("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")));
        if (file != null) {
            write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.bytes());
            write.accept("\r\n");
        }
        write.accept("--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs bytes (a download), with the response's headers. */
    public HttpResponse<byte[]> download(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- use cases, expecting success ----

    private String organiserToken;

    /** Adds an organisation as a member this client signs up for the purpose (adding one takes a member). */
    public long createOrganisation(String name, String type, String region) {
        if (organiserToken == null) {
            organiserToken = signUp(SampleMembers.named("Organisation organiser", "Office manager"), null)
                    .token();
        }
        return post(
                        "api/organisations",
                        organiserToken,
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("type", type)
                                .add("region", region))
                .expect(201)
                .id();
    }

    /** Signs the member up (with an organisation, or none when null) and gets them a token. */
    public Account signUp(SampleMembers.NewMember member, Long organisationId) {
        JsonObjectBuilder body = member.json();
        if (organisationId != null) {
            body.add("organisationId", organisationId);
        }
        long id = post("api/members", null, body).expect(201).id();
        return new Account(
                id, member.email(), member.displayName(), member.password(), token(member.email(), member.password()));
    }

    /**
     * The member whose address the test run lists in QIC_ADMIN_EMAILS: signed up on first use (the
     * database may be shared by earlier test classes, so it may exist already), and an administrator
     * from their first administration call on (the bootstrap).
     */
    public Account siteAdministrator() {
        String email = System.getProperty("qic.admin.email", "search-admin@example.org");
        Reply signedUp = post(
                "api/members",
                null,
                new SampleMembers.NewMember(email, "Site administrator", SampleMembers.PASSWORD, "Platform lead")
                        .json());
        String token = token(email, SampleMembers.PASSWORD);
        long id = signedUp.status() == 201
                ? signedUp.id()
                : get("api/members/me", token).expect(200).id();
        return new Account(id, email, "Site administrator", SampleMembers.PASSWORD, token);
    }

    public String token(String email, String password) {
        return post(
                        "api/tokens",
                        null,
                        Json.createObjectBuilder().add("email", email).add("password", password))
                .expect(201)
                .json()
                .getString("token");
    }

    /** Creates a group and returns its slug. */
    public String createGroup(String token, String name, String visibility, String joinPolicy) {
        return post(
                        "api/groups",
                        token,
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("description", "For tests")
                                .add("visibility", visibility)
                                .add("joinPolicy", joinPolicy))
                .expect(201)
                .json()
                .getString("slug");
    }

    public Reply join(String token, String slug) {
        return post("api/groups/" + slug + "/members", token, Json.createObjectBuilder());
    }

    public Reply invite(String token, String slug, long memberId) {
        return post(
                "api/groups/" + slug + "/members",
                token,
                Json.createObjectBuilder().add("memberId", memberId));
    }

    /** Starts a discussion and returns the thread as the API answers it. */
    public JsonObject startDiscussion(String token, String slug, String title, String body) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("body", body);
        if (title != null) {
            json.add("title", title);
        }
        return post("api/groups/" + slug + "/discussions", token, json)
                .expect(201)
                .json();
    }

    /** Replies (to {@code replyTo}, or to the opening update when null) and returns the new post. */
    public JsonObject reply(String token, long discussionId, Long replyTo, String body) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("body", body);
        if (replyTo != null) {
            json.add("replyTo", replyTo);
        }
        return post("api/discussions/" + discussionId + "/posts", token, json)
                .expect(201)
                .json();
    }

    public JsonObject thread(String token, long discussionId) {
        return get("api/discussions/" + discussionId, token).expect(200).json();
    }
}
