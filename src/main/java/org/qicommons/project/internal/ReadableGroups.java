package org.qicommons.project.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qicommons.group.Group;
import org.qicommons.group.GroupService;
import org.qicommons.member.Viewer;
import org.qicommons.project.ProjectView.GroupLink;

/** Which of some groups a viewer may read (the group policy's own query), as the links a project shows. */
@ApplicationScoped
class ReadableGroups {
    @Inject
    GroupService groups;

    Map<Long, GroupLink> among(Viewer viewer, Collection<Long> groupIds) {
        Map<Long, GroupLink> readable = new LinkedHashMap<>();
        for (Group group : groups.readableGroups(viewer, groupIds)) {
            readable.put(group.getId(), new GroupLink(group.getId(), group.getSlug(), group.getName()));
        }
        return readable;
    }
}
