package org.qicommons.share.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Reach;
import org.qicommons.core.InvalidInputException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.ThreadView;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupRole;
import org.qicommons.group.Visibility;
import org.qicommons.member.Viewer;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectView;
import org.qicommons.resource.ResourceService;
import org.qicommons.resource.ResourceView;

/**
 * An item that can be shared, as the viewer may see it: each feature's own read decides whether they
 * may (NotFoundException otherwise), and who may agree to share it follows from the item.
 */
@ApplicationScoped
class SharedItems {
    @Inject
    DiscussionService discussions;

    @Inject
    ProjectService projects;

    @Inject
    ResourceService resources;

    /**
     * @param isPublic public already: nothing to share
     * @param viewerApproves the viewer is the item's author, an owner of its group, or the project's lead
     */
    record Item(ItemKind kind, long id, String title, String path, boolean isPublic, boolean viewerApproves) {}

    Item readable(Viewer viewer, ItemKind kind, long id) {
        return switch (kind) {
            case DISCUSSION -> discussion(viewer, id);
            case PROJECT -> project(viewer, id);
            case RESOURCE -> resource(viewer, id);
        };
    }

    private Item discussion(Viewer viewer, long id) {
        ThreadView thread = discussions.readThread(viewer, id, null, 1);
        var discussion = thread.discussion();
        if (discussion.isPrivate()) {
            throw new InvalidInputException("itemId", "is a private conversation: it is not shared");
        }
        if (discussion.isOnProject()) {
            throw new InvalidInputException(
                    "itemId", "is an update on a project: share the project, and its updates go with it");
        }
        String title = discussion.getTitle() != null
                ? discussion.getTitle()
                : "An update in " + discussion.getGroup().getName();
        boolean approves = viewer.is(discussion.getAuthor().getId())
                || (thread.access() instanceof GroupAccess group && group.role() == GroupRole.OWNER && group.canRead());
        return new Item(
                ItemKind.DISCUSSION,
                id,
                title,
                "/discussion/view.xhtml?id=" + id,
                discussion.getGroup().getVisibility() == Visibility.PUBLIC,
                approves);
    }

    private Item resource(Viewer viewer, long id) {
        ResourceView view = resources.findResource(viewer, id);
        return new Item(
                ItemKind.RESOURCE,
                id,
                view.resource().getTitle(),
                "/resource/view.xhtml?id=" + id,
                view.resource().getReach() == Reach.PUBLIC,
                viewer.is(view.resource().getAuthorId()));
    }

    private Item project(Viewer viewer, long id) {
        ProjectView view = projects.findProject(viewer, id);
        return new Item(
                ItemKind.PROJECT,
                id,
                view.project().getTitle(),
                "/project/view.xhtml?id=" + id,
                view.project().getReach() == Reach.PUBLIC,
                viewer.is(view.project().getLeadId()));
    }
}
