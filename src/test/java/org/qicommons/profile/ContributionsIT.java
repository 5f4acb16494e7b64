package org.qicommons.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.testing.ApiClient;
import org.qicommons.testing.ApiClient.Account;
import org.qicommons.testing.Deployments;
import org.qicommons.testing.SampleMembers;

/** A profile's contributions hold what the viewer may read of them: posts, projects, resources, groups. */
@ExtendWith(ArquillianExtension.class)
class ContributionsIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aViewerSeesTheContributionsTheyMayRead() {
        ApiClient api = new ApiClient(base);
        Account author = api.signUp(SampleMembers.named("Contributing Member", "Lead"), null);
        Account colleague = api.signUp(SampleMembers.named("Private Colleague", "Nurse"), null);
        Account stranger = api.signUp(SampleMembers.named("Curious Stranger", "Analyst"), null);
        String open = api.createGroup(author.token(), SampleMembers.unique("Open contributions"), "PUBLIC", "OPEN");
        String closed =
                api.createGroup(author.token(), SampleMembers.unique("Closed contributions"), "PRIVATE", "INVITE");
        api.invite(author.token(), closed, colleague.id()).expect(200);
        api.join(colleague.token(), closed).expect(200);
        api.startDiscussion(author.token(), open, "Open post", "Everyone reads this.");
        api.startDiscussion(author.token(), closed, "Closed post", "Only the circle reads this.");
        api.post("api/projects", author.token(), project("Public project", "PUBLIC"))
                .expect(201);
        api.post("api/projects", author.token(), project("Team project", "TEAM"))
                .expect(201);
        api.post(
                        "api/resources",
                        author.token(),
                        Json.createObjectBuilder()
                                .add("title", "Members' tool")
                                .add("description", "A checklist")
                                .add("type", "REPORT")
                                .add("licence", "OGL")
                                .add("reach", "MEMBERS")
                                .add("linkUrl", "https://example.org/tool"))
                .expect(201);
        String path = "api/members/" + author.id() + "/contributions";

        JsonObject anonymous = api.get(path, null).expect(200).json();
        assertEquals(List.of("Open post"), titles(anonymous, "posts"));
        assertEquals(List.of("Public project"), titles(anonymous, "projects"));
        assertEquals(List.of(), titles(anonymous, "resources"));
        assertEquals(1, titles(anonymous, "groups").size());

        JsonObject strangerView = api.get(path, stranger.token()).expect(200).json();
        assertEquals(List.of("Open post"), titles(strangerView, "posts"));
        assertEquals(List.of("Members' tool"), titles(strangerView, "resources"));
        assertEquals(1, titles(strangerView, "groups").size());

        JsonObject colleagueView = api.get(path, colleague.token()).expect(200).json();
        assertEquals(List.of("Closed post", "Open post"), titles(colleagueView, "posts"));
        assertEquals(2, titles(colleagueView, "groups").size());

        JsonObject own = api.get(path, author.token()).expect(200).json();
        assertEquals(2, titles(own, "projects").size());
        api.get("api/members/987654321/contributions", null).expect(404);
    }

    private static jakarta.json.JsonObjectBuilder project(String title, String reach) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "A project")
                .add("setting", "COMMUNITY")
                .add("reach", reach);
    }

    private static List<String> titles(JsonObject contributions, String part) {
        return contributions.getJsonArray(part).stream()
                .map(link -> link.asJsonObject().getString("title"))
                .toList();
    }
}
