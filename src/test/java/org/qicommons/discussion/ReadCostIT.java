package org.qicommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.group.GroupService;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.testing.Deployments;

/**
 * A read costs a small fixed number of queries, whatever the size of what is read (ARCHITECTURE.md,
 * read path): no query per post, per author or per organisation.
 */
@ExtendWith(ArquillianExtension.class)
class ReadCostIT {
    private static final int AUTHORS = 12;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestPackages(ReadCostIT.class.getPackage());
    }

    @Inject
    MemberService members;

    @Inject
    OrganisationService organisations;

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @PersistenceUnit(unitName = "qicommons")
    EntityManagerFactory emf;

    @Test
    void readingAThreadOrAStreamTakesTheSameFewQueriesForTenOrAHundredAndTwentyPosts() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Viewer> authors = new ArrayList<>();
        // adding an organisation takes a member: the first one, who then joins it like the others
        Viewer founder = Viewer.member(members.signUp(new MemberService.SignUp(
                        "cost-" + tag + "-founder@example.org", "Founder", "long enough password", null, null))
                .getId());
        for (int i = 0; i < AUTHORS; i++) {
            long organisation = organisations
                    .addOrganisation(founder, "Trust " + tag + " " + i, "NHS_TRUST", "London")
                    .getId();
            authors.add(Viewer.member(members.signUp(new MemberService.SignUp(
                            "cost-" + tag + "-" + i + "@example.org",
                            "Author " + i,
                            "long enough password",
                            organisation,
                            "Matron"))
                    .getId()));
        }
        String slug = groups.createGroup(
                        authors.get(0), new GroupService.NewGroup("Read cost " + tag, null, "PUBLIC", "OPEN"))
                .group()
                .getSlug();
        authors.forEach(author -> groups.joinGroup(author, slug));

        long small = thread(slug, authors, 10);
        long large = thread(slug, authors, 120);

        QueryCounter counter = QueryCounter.attachTo(emf);
        try {
            counter.reset();
            assertEquals(
                    10,
                    discussions
                            .readThread(Viewer.anonymous(), small, null, 100)
                            .posts()
                            .size());
            int smallCost = counter.reset();
            assertEquals(
                    100,
                    discussions
                            .readThread(Viewer.anonymous(), large, null, 100)
                            .posts()
                            .size());
            int largeCost = counter.reset();
            assertEquals(smallCost, largeCost, "a thread of 120 posts costs as many queries as one of 10");
            assertTrue(largeCost <= 3, "reading a thread took " + largeCost + " queries");

            discussions.groupActivity(authors.get(1), slug, null, 20);
            int twoDiscussions = counter.reset();
            for (int i = 0; i < 10; i++) {
                thread(slug, authors, 2);
            }
            counter.reset();
            assertEquals(
                    12,
                    discussions
                            .groupActivity(authors.get(1), slug, null, 20)
                            .items()
                            .size());
            int twelveDiscussions = counter.reset();
            assertEquals(
                    twoDiscussions, twelveDiscussions, "a stream of 12 discussions costs as many queries as one of 2");
            assertTrue(twelveDiscussions <= 7, "reading the activity stream took " + twelveDiscussions + " queries");
        } finally {
            counter.detachFrom(emf);
        }
    }

    private long thread(String slug, List<Viewer> authors, int posts) {
        long id = discussions
                .startDiscussion(
                        authors.get(0),
                        slug,
                        "Thread of " + posts,
                        "opening of a thread of " + posts + " posts, " + System.nanoTime())
                .getId();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i < posts; i++) {
            Long replyTo = ids.isEmpty() || i % 3 == 0 ? null : ids.get(i % ids.size());
            ids.add(discussions
                    .reply(authors.get(i % AUTHORS), id, replyTo, "reply " + i)
                    .getId());
        }
        return id;
    }
}
