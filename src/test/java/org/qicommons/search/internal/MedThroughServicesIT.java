package org.qicommons.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.group.GroupService;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SearchHit;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.SearchService;
import org.qicommons.testing.Deployments;

/**
 * The MED quality test of issue 3 end to end: the 1,033 abstracts are posted as discussions through
 * the services, reach the index through the change log, and the 30 queries go through
 * {@link SearchService} as a member would send them. MAP must not fall below 0.52.
 */
@ExtendWith(ArquillianExtension.class)
class MedThroughServicesIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestPackages(MedThroughServicesIT.class.getPackage());
    }

    @Inject
    MemberService members;

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @Inject
    SearchService search;

    @Test
    void theAbstractsPostedAsDiscussionsAreFoundAsWellAsInTheUnitTest() throws Exception {
        MedCollection med = MedCollection.load();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Viewer librarian = Viewer.member(members.signUp(new MemberService.SignUp(
                        "med-" + tag + "@example.org", "Med Librarian", "long enough password", null, null))
                .getId());
        String slug = groups.createGroup(librarian, new GroupService.NewGroup("MED " + tag, null, "PUBLIC", "OPEN"))
                .group()
                .getSlug();
        Map<Long, Long> medIdByDiscussion = new HashMap<>();
        med.documents.forEach((medId, text) -> {
            SearchDocument entry = MedCollection.entry(medId, text);
            // as a member would post it: the first sentence as the title when it fits (300 characters)
            boolean titled = entry.title().length() <= DiscussionService.MAX_TITLE
                    && !entry.body().isBlank();
            long discussion = discussions
                    .startDiscussion(librarian, slug, titled ? entry.title() : null, titled ? entry.body() : text)
                    .getId();
            medIdByDiscussion.put(discussion, medId);
        });

        Viewer reader = Viewer.anonymous();
        MedCollection.Scores scores = med.score(q -> {
            List<Long> ranked = new ArrayList<>();
            for (int page = 0; page < 10; page++) {
                List<SearchHit> hits = search.search(
                                reader,
                                new SearchQuery(
                                        med.queries.get(q - 1),
                                        Set.of(HitType.DISCUSSION),
                                        slug,
                                        null,
                                        null,
                                        null,
                                        page,
                                        100))
                        .hits();
                hits.forEach(hit -> ranked.add(medIdByDiscussion.get(hit.id())));
                if (hits.size() < 100) {
                    break;
                }
            }
            return ranked;
        });
        System.out.println("MED through the services: " + scores);
        assertEquals(med.documents.size(), medIdByDiscussion.size());
        assertTrue(scores.map() >= 0.52, "MAP below 0.52: " + scores);
    }
}
