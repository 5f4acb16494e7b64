package org.qicommons.resource;

import java.time.Instant;
import java.util.List;
import org.qicommons.member.Member;
import org.qicommons.organisation.Organisation;

/**
 * A resource as one viewer may see it.
 *
 * @param projects the related projects the viewer may read (id and title)
 * @param relatedGroups the related groups the viewer may read
 * @param adaptations who adapted it: their organisations show how far the tool has spread
 */
public record ResourceView(
        Resource resource,
        Member author,
        Organisation organisation,
        List<ProjectLink> projects,
        List<GroupLink> relatedGroups,
        List<AdaptationView> adaptations,
        boolean canChange,
        boolean hasPreview) {

    public record ProjectLink(long id, String title) {}

    public record GroupLink(long id, String slug, String name) {}

    public record AdaptationView(
            Member member, Organisation organisation, ProjectLink project, String note, Instant at) {}

    /** The organisations that adapted it, other than the one that made it, each once. */
    public List<Organisation> spreadTo() {
        return adaptations.stream()
                .map(AdaptationView::organisation)
                .filter(java.util.Objects::nonNull)
                .filter(o -> organisation == null || !o.getId().equals(organisation.getId()))
                .collect(java.util.stream.Collectors.toMap(
                        Organisation::getId, o -> o, (a, b) -> a, java.util.LinkedHashMap::new))
                .values()
                .stream()
                .toList();
    }
}
