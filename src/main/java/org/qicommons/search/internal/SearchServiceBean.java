package org.qicommons.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qicommons.access.AccessPolicy;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Shares;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.PermissionPolicy;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.OrganisationType;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchHit;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.SearchResults;
import org.qicommons.search.SearchService;
import org.qicommons.search.Suggestion;

/**
 * Search for one viewer: checks the input, reads what the viewer may read from the database (the
 * same rule as {@link PermissionPolicy#READABLE_GROUP}, one query, so a membership change counts at
 * once), waits until the viewer's own changes are searchable, and hands over to
 * {@link LuceneSearcher}. Read-only transactions: the only writes are the index's own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchServiceBean implements SearchService {
    /** How long a search waits for the index to catch up with changes already committed. */
    static final Duration READ_YOUR_WRITES = Duration.ofSeconds(2);

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    SearchIndex index;

    @Inject
    Shares shares;

    private volatile LuceneSearcher searcher;

    private final SimilarMemo similar = new SimilarMemo();

    @Override
    public SearchResults search(Viewer viewer, SearchQuery query) {
        check(query);
        ReadableScope scope = scopeOf(viewer);
        if (query.groupSlug() != null && scope.groupIdOf(query.groupSlug()) == null) {
            // a group that does not exist or that the viewer may not read: nothing, and no facets
            return new SearchResults(query.text(), 0, query.page(), query.size(), List.of(), Map.of());
        }
        index.awaitCaughtUp(READ_YOUR_WRITES);
        return index.withSearcher(s -> lucene().search(s, query, scope, Instant.now()));
    }

    @Override
    public List<Suggestion> suggest(Viewer viewer, String prefix, int limit) {
        checkText("q", prefix);
        if (limit < 1 || limit > SearchQuery.MAX_SIZE) {
            throw new InvalidInputException("limit", "must be between 1 and " + SearchQuery.MAX_SIZE);
        }
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        ReadableScope scope = scopeOf(viewer);
        return index.withSearcher(s -> lucene().suggest(s, prefix, scope, limit));
    }

    @Override
    public List<SearchHit> similarDiscussions(Viewer viewer, long discussionId, int limit) {
        if (limit < 1 || limit > SearchQuery.MAX_SIZE) {
            throw new InvalidInputException("limit", "must be between 1 and " + SearchQuery.MAX_SIZE);
        }
        ReadableScope scope = scopeOf(viewer);
        requireReadableDiscussion(viewer, discussionId, scope);
        return index.withSearcher(s -> similar.get(
                s, discussionId, limit, scope, () -> lucene().similarDiscussions(s, discussionId, scope, limit)));
    }

    /** Every group the viewer may read, with slug and name: one query, the policy's own JPQL. */
    ReadableScope scopeOf(Viewer viewer) {
        List<Object[]> rows = em.createQuery(
                        "select g.id, g.slug, g.name from GroupEntity g where " + PermissionPolicy.READABLE_GROUP,
                        Object[].class)
                .setParameter("signedIn", viewer.signedIn())
                .setParameter("viewerId", PermissionPolicy.viewerIdParameter(viewer))
                .getResultList();
        Map<Long, ReadableScope.GroupLabel> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            groups.put((Long) row[0], new ReadableScope.GroupLabel((String) row[1], (String) row[2]));
        }
        return new ReadableScope(Map.copyOf(groups), AccessPolicy.viewerTerms(viewer, groups.keySet()));
    }

    /**
     * A live discussion in a readable group, or shared with the viewer's organisation, or an update on
     * a project whose document the viewer's terms reach (a project's updates have the project's
     * audience); anything else is "not found", as everywhere else.
     */
    private void requireReadableDiscussion(Viewer viewer, long discussionId, ReadableScope scope) {
        List<Object[]> place = em.createQuery(
                        "select g.id, d.projectId from Discussion d left join d.group g"
                                + " where d.id = :id and d.deletedAt is null",
                        Object[].class)
                .setParameter("id", discussionId)
                .getResultList();
        if (place.isEmpty()) {
            throw new NotFoundException("Discussion");
        }
        Long group = (Long) place.getFirst()[0];
        Long project = (Long) place.getFirst()[1];
        boolean readable;
        if (project != null) {
            readable = index.withSearcher(s -> lucene().readable(s, HitType.PROJECT, project, scope));
        } else {
            readable = scope.readableGroups().containsKey(group)
                    || (viewer.organisationId() != null
                            && shares.organisationsOf(ItemKind.DISCUSSION, discussionId)
                                    .contains(viewer.organisationId()));
        }
        if (!readable) {
            throw new NotFoundException("Discussion");
        }
    }

    private static void check(SearchQuery query) {
        checkText("q", query.text());
        if (query.size() < 1 || query.size() > SearchQuery.MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + SearchQuery.MAX_SIZE);
        }
        if (query.page() < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (query.organisationType() != null
                && Arrays.stream(OrganisationType.values())
                        .noneMatch(type -> type.name().equals(query.organisationType()))) {
            throw new InvalidInputException("organisationType", "is not a known organisation type");
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new InvalidInputException("from", "must not be after to");
        }
    }

    private static void checkText(String field, String text) {
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
    }

    private LuceneSearcher lucene() {
        LuceneSearcher current = searcher;
        if (current == null) {
            current = new LuceneSearcher(index.analyzer());
            searcher = current;
        }
        return current;
    }
}
