package org.qicommons.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.ActivityItem;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostView;
import org.qicommons.discussion.ThreadView;
import org.qicommons.group.Group;
import org.qicommons.group.GroupService;
import org.qicommons.group.GroupSummary;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.project.EquityFocus;
import org.qicommons.project.Measure;
import org.qicommons.project.MeasureKind;
import org.qicommons.project.PdsaDecision;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectSummary;
import org.qicommons.project.ProjectView;
import org.qicommons.resource.ResourceService;
import org.qicommons.resource.ResourceView;
import org.qicommons.share.SharedLearning;
import org.qicommons.testing.Deployments;

/**
 * The sample content carries the acceptance conversation of issue 2. It is loaded inside a
 * transaction that is rolled back, so the shared test database is left as it was.
 */
@ExtendWith(ArquillianExtension.class)
class SampleContentIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestPackages(SampleContentIT.class.getPackage());
    }

    @Inject
    SampleForum forum;

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @Inject
    ProjectService projects;

    @Inject
    SharedLearning sharedLearning;

    @Inject
    ResourceService resources;

    @Inject
    MemberService members;

    @Inject
    SampleDatabase sampleDatabase;

    @Inject
    UserTransaction transaction;

    @Test
    void theEquityConversationIsThereNestedAndInOrder() throws Exception {
        transaction.begin();
        try {
            forum.load();
            Group equity = newestGroupNamed("Achieving equity through QI", Viewer.anonymous());
            ActivityItem conversation =
                    discussions.groupActivity(Viewer.anonymous(), equity.getSlug(), null, 20).items().stream()
                            .filter(item -> item.discussion().getTitle().contains("disparities"))
                            .findFirst()
                            .orElseThrow();
            ThreadView thread = discussions.readThread(
                    Viewer.anonymous(), conversation.discussion().getId(), null, 0);
            List<PostView> posts = thread.posts();
            assertEquals(
                    List.of("Amara Okafor", "Priya Raman", "Amara Okafor", "Priya Raman", "Dr Tom Hartley"),
                    posts.stream().map(post -> post.author().getDisplayName()).toList());
            assertEquals(
                    List.of(0, 1, 2, 2, 1), posts.stream().map(PostView::depth).toList());
            assertEquals(posts.get(1).id(), posts.get(2).replyToId(), "the author answers the first reply");
            assertEquals(posts.get(1).id(), posts.get(3).replyToId(), "the replier clarifies their own reply");
            assertEquals(posts.get(0).id(), posts.get(4).replyToId(), "public health answers the update itself");
            assertTrue(posts.get(0).body().contains("ethnicity"), posts.get(0).body());
            assertTrue(
                    posts.get(1).body().toLowerCase().contains("visual tools"),
                    posts.get(1).body());
            assertEquals(
                    "Care home",
                    posts.get(0).author().getOrganisation().getType().label());

            Group privateGroup = newestGroupNamed(
                    "Care home QI leads network",
                    Viewer.member(posts.get(0).author().getId()));
            assertThrows(NotFoundException.class, () -> groups.findGroup(Viewer.anonymous(), privateGroup.getSlug()));
            assertThrows(
                    NotFoundException.class,
                    () -> groups.findGroup(Viewer.member(posts.get(4).author().getId()), privateGroup.getSlug()));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theCareHomeEquityProjectHasItsMeasuresCyclesAndEquityFocus() throws Exception {
        transaction.begin();
        try {
            forum.load();
            ProjectSummary newest =
                    projects.listProjects(Viewer.anonymous(), ProjectService.ProjectFilter.all()).projects().stream()
                            .filter(summary ->
                                    summary.project().getTitle().startsWith("Equal outcomes for care home residents"))
                            .max(Comparator.comparing(
                                    summary -> summary.project().getId()))
                            .orElseThrow();
            ProjectView project =
                    projects.findProject(Viewer.anonymous(), newest.project().getId());
            assertEquals(
                    Set.of(EquityFocus.ETHNICITY, EquityFocus.LANGUAGE),
                    project.project().getEquityFocus());
            assertEquals(
                    List.of(MeasureKind.OUTCOME, MeasureKind.PROCESS, MeasureKind.BALANCING),
                    project.measures().stream().map(Measure::getKind).toList());
            assertEquals(2, project.cycles().size());
            assertEquals(PdsaDecision.ADAPT, project.cycles().get(0).getAct());
            assertTrue(project.cycles().get(1).isRunning());
            assertEquals(
                    List.of("Amara Okafor", "Samuel Adeyemi", "Priya Raman"),
                    project.team().stream()
                            .map(member -> member.member().getDisplayName())
                            .toList());
            assertEquals(
                    List.of("Achieving equity through QI"),
                    project.discussedIn().stream()
                            .map(ProjectView.GroupLink::name)
                            .toList());
            assertEquals(2, project.organisations().size(), "Brightwater and Riverside");

            // its update stream: the lead's update weeks ago, with a late reply
            var updates = discussions
                    .projectUpdates(Viewer.anonymous(), project.project().getId(), null, 10)
                    .items();
            assertEquals(1, updates.size());
            assertEquals(
                    "Interpreter at admission: the first three weeks",
                    updates.getFirst().discussion().getTitle());
            assertEquals(1, updates.getFirst().discussion().getReplyCount());
            assertEquals(
                    List.of("Priya Raman"),
                    updates.getFirst().replies().stream()
                            .map(reply -> reply.author().getDisplayName())
                            .toList());

            // its visual tool, a PDF with a preview, adapted by a second organisation
            ResourceService.ResourceSummary card = resources
                    .listResources(
                            Viewer.anonymous(), new ResourceService.ResourceFilter("VISUAL_TOOL", null, null, 0, 100))
                    .resources()
                    .stream()
                    .filter(summary -> summary.resource().getTitle().equals("Ethnicity and language recording card"))
                    .max(Comparator.comparing(summary -> summary.resource().getId()))
                    .orElseThrow();
            ResourceView tool =
                    resources.findResource(Viewer.anonymous(), card.resource().getId());
            assertEquals("application/pdf", tool.resource().getMediaType());
            assertTrue(tool.hasPreview(), "a first-page preview was made");
            assertEquals(
                    List.of("Riverside Community Healthcare CIC"),
                    tool.spreadTo().stream()
                            .map(org.qicommons.organisation.Organisation::getName)
                            .toList());
            assertEquals(
                    List.of(project.project().getId()),
                    tool.projects().stream().map(ResourceView.ProjectLink::id).toList());
            assertEquals(
                    List.of("Achieving equity through QI"),
                    tool.relatedGroups().stream()
                            .map(ResourceView.GroupLink::name)
                            .toList());
        } finally {
            transaction.rollback();
        }
    }

    /** The regulator's inspector reads the network's equity discussion, shared with them, and nothing else of it. */
    @Test
    void theRegulatorReadsTheSharedEquityDiscussionButNotItsNeighbours() throws Exception {
        transaction.begin();
        try {
            forum.load();
            // what SampleContent's backdating does before sharing: the sample's organisations verified
            sampleDatabase.verify("Care Standards Inspectorate");
            forum.shareWithRegulator();
            Member helen = members.findByName("Helen Price", 20).stream()
                    .max(Comparator.comparing(Member::getId))
                    .orElseThrow();
            Viewer inspector = Viewer.of(members.findMember(helen.getId()));
            SharedLearning.Item shared =
                    sharedLearning
                            .find(inspector, new SharedLearning.Filter(null, null, null, null, null, null, 0))
                            .items()
                            .stream()
                            .filter(item -> item.kind().equals("DISCUSSION"))
                            .max(Comparator.comparing(SharedLearning.Item::id))
                            .orElseThrow();
            assertEquals("Ethnicity and language data in our homes: what we found", shared.title());
            assertTrue(shared.sharedWithYou());
            assertTrue(discussions
                    .readThread(inspector, shared.id(), null, 0)
                    .access()
                    .throughShare());
            Member amara = members.findByName("Amara Okafor", 20).stream()
                    .max(Comparator.comparing(Member::getId))
                    .orElseThrow();
            Group network = newestGroupNamed("Care home QI leads network", Viewer.member(amara.getId()));
            assertThrows(NotFoundException.class, () -> groups.findGroup(inspector, network.getSlug()));
        } finally {
            transaction.rollback();
        }
    }

    private Group newestGroupNamed(String name, Viewer viewer) {
        return groups.listGroups(viewer).stream()
                .map(GroupSummary::group)
                .filter(g -> g.getName().equals(name))
                .max(Comparator.comparing(Group::getId))
                .orElseThrow();
    }
}
