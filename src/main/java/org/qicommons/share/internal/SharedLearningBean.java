package org.qicommons.share.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qicommons.core.InvalidInputException;
import org.qicommons.discussion.Discussion;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.Organisation;
import org.qicommons.project.Project;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectService.ProjectFilter;
import org.qicommons.project.ProjectSummary;
import org.qicommons.resource.Resource;
import org.qicommons.resource.ResourceService;
import org.qicommons.share.SharedLearning;

/**
 * Public projects and projects shared with the viewer's organisation come from the project service
 * (its filters and its access rule); discussions shared with the organisation from the shares. The two
 * are merged newest first; a page needs at most (page + 1) × size of each.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SharedLearningBean implements SharedLearning {
    /** Weeks as people in the UK count them. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    ProjectService projects;

    @Inject
    ResourceService resources;

    @Override
    public SharedLearningPage find(Viewer viewer, Filter filter) {
        if (filter.page() < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        LocalDate from = date("from", filter.from());
        LocalDate to = date("to", filter.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        Instant since = from == null ? null : from.atStartOfDay(UK).toInstant();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(UK).toInstant();
        int wanted = (filter.page() + 1) * PAGE_SIZE + 1;

        List<Item> items = new ArrayList<>();
        ProjectFilter projectFilter = new ProjectFilter(
                filter.setting(), filter.stage(), filter.equityFocus(), filter.organisationType(), null, 0, wanted);
        for (ProjectSummary summary :
                projects.listSharedLearning(viewer, projectFilter, since).projects()) {
            Project project = summary.project();
            if (until == null || project.getUpdatedAt().isBefore(until)) {
                items.add(projectItem(summary, viewer));
            }
        }
        boolean projectOnly = present(filter.setting())
                || present(filter.stage())
                || present(filter.equityFocus())
                || present(filter.organisationType());
        if (!projectOnly && viewer.organisationId() != null) {
            items.addAll(sharedDiscussions(viewer.organisationId(), since, until, wanted));
        }
        boolean resourcesFit = !(present(filter.setting()) || present(filter.stage()) || present(filter.equityFocus()));
        if (resourcesFit) {
            for (ResourceService.ResourceSummary summary :
                    resources.listSharedLearning(viewer, filter.organisationType(), since, until, wanted)) {
                items.add(resourceItem(summary));
            }
        }
        items.sort(Comparator.comparing(Item::since).reversed().thenComparing(Item::id, Comparator.reverseOrder()));
        int first = filter.page() * PAGE_SIZE;
        boolean hasMore = items.size() > first + PAGE_SIZE;
        List<Item> page = items.subList(Math.min(first, items.size()), Math.min(first + PAGE_SIZE, items.size()));
        return new SharedLearningPage(List.copyOf(page), weeks(page), filter.page(), hasMore);
    }

    private Item projectItem(ProjectSummary summary, Viewer viewer) {
        Project project = summary.project();
        boolean sharedWithYou = project.getReach() != org.qicommons.access.Reach.PUBLIC;
        return new Item(
                "PROJECT",
                project.getId(),
                project.getTitle(),
                project.getSummary(),
                "/project/view.xhtml?id=" + project.getId(),
                project.getSetting().label(),
                project.getStage().label(),
                project.getEquityFocus().stream().map(focus -> focus.label()).toList(),
                summary.organisations().stream().map(Organisation::getName).toList(),
                summary.lead() == null ? null : summary.lead().getDisplayName(),
                sharedWithYou,
                project.getUpdatedAt());
    }

    private static Item resourceItem(ResourceService.ResourceSummary summary) {
        Resource resource = summary.resource();
        return new Item(
                "RESOURCE",
                resource.getId(),
                resource.getTitle(),
                resource.getDescription(),
                "/resource/view.xhtml?id=" + resource.getId(),
                null,
                resource.getType().label(),
                List.of(),
                summary.organisation() == null
                        ? List.of()
                        : List.of(summary.organisation().getName()),
                summary.author() == null ? null : summary.author().getDisplayName(),
                resource.getReach() != org.qicommons.access.Reach.PUBLIC,
                resource.getUpdatedAt());
    }

    private List<Item> sharedDiscussions(long organisationId, Instant since, Instant until, int wanted) {
        var query = em.createQuery(
                        "select d, s.decidedAt from Share s, Discussion d where s.itemKind ="
                                + " org.qicommons.access.ItemKind.DISCUSSION and s.itemId = d.id"
                                + " and s.organisationId = :organisation"
                                + " and s.status = org.qicommons.access.ShareStatus.APPROVED and d.deletedAt is null"
                                + (since == null ? "" : " and s.decidedAt >= :since")
                                + (until == null ? "" : " and s.decidedAt < :until")
                                + " order by s.decidedAt desc",
                        Object[].class)
                .setParameter("organisation", organisationId)
                .setMaxResults(wanted);
        if (since != null) {
            query.setParameter("since", since);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        List<Item> items = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            Discussion discussion = (Discussion) row[0];
            String title = discussion.getTitle() != null
                    ? discussion.getTitle()
                    : "An update in " + discussion.getGroup().getName();
            items.add(new Item(
                    "DISCUSSION",
                    discussion.getId(),
                    title,
                    "A discussion in " + discussion.getGroup().getName() + ", shared with your organisation.",
                    "/discussion/view.xhtml?id=" + discussion.getId(),
                    null,
                    null,
                    List.of(),
                    discussion.getAuthor().organisationName() == null
                            ? List.of()
                            : List.of(discussion.getAuthor().organisationName()),
                    discussion.getAuthor().getDisplayName(),
                    true,
                    (Instant) row[1]));
        }
        return items;
    }

    private static List<Week> weeks(List<Item> items) {
        Map<LocalDate, List<Item>> byWeek = new LinkedHashMap<>();
        for (Item item : items) {
            LocalDate monday =
                    item.since().atZone(UK).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            byWeek.computeIfAbsent(monday, week -> new ArrayList<>()).add(item);
        }
        return byWeek.entrySet().stream()
                .map(entry -> new Week(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    private static LocalDate date(String field, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date written as year-month-day, such as 2026-03-31");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
