package org.qicommons.profile.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qicommons.feed.FeedService;
import org.qicommons.group.GroupService;
import org.qicommons.member.Viewer;
import org.qicommons.profile.ContributionService;
import org.qicommons.profile.Contributions;
import org.qicommons.profile.Contributions.Link;
import org.qicommons.project.ProjectService;
import org.qicommons.resource.ResourceService;

/**
 * Each part from the feature that owns it, asked as the viewer: the same rule as every other read
 * path, so a private group's posts or a team-only project never show on a profile to someone outside.
 */
@ApplicationScoped
@Transactional
public class ContributionServiceBean implements ContributionService {
    @Inject
    FeedService feeds;

    @Inject
    ProjectService projects;

    @Inject
    ResourceService resources;

    @Inject
    GroupService groups;

    @Override
    public Contributions of(Viewer viewer, long memberId) {
        return new Contributions(
                feeds.member(viewer, memberId).entries().stream()
                        .limit(SHOWN)
                        .map(entry -> new Link(entry.title(), entry.path(), entry.published()))
                        .toList(),
                projects.listProjectsWith(viewer, memberId, 0, SHOWN).projects().stream()
                        .map(summary -> new Link(
                                summary.project().getTitle(),
                                "/project/view.xhtml?id=" + summary.project().getId(),
                                summary.project().getUpdatedAt()))
                        .toList(),
                resources.resourcesBy(viewer, memberId, SHOWN).stream()
                        .map(resource -> new Link(
                                resource.getTitle(),
                                "/resource/view.xhtml?id=" + resource.getId(),
                                resource.getCreatedAt()))
                        .toList(),
                groups.groupsOf(viewer, memberId).stream()
                        .map(group -> new Link(group.getName(), "/group/view.xhtml?slug=" + group.getSlug(), null))
                        .toList());
    }
}
