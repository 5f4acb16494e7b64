package org.qicommons.discussion;

import org.qicommons.access.Audience;
import org.qicommons.access.ConversationAccess;
import org.qicommons.member.Viewer;

/**
 * Projects as places for discussions (their update streams), provided by the project feature so that
 * discussions need not know what a project is: who reads, posts and moderates there is the project's
 * access policy, asked here.
 */
public interface ProjectPlaces {
    /**
     * The viewer's access to the project's update stream.
     *
     * @throws org.qicommons.core.NotFoundException "Project", when the viewer may not read the project
     *     (or there is none)
     */
    ConversationAccess access(Viewer viewer, long projectId);

    /** Who may read the project now, shares included: its updates' audience in the search index. */
    Audience audience(long projectId);
}
