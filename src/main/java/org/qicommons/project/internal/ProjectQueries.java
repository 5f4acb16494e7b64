package org.qicommons.project.internal;

import jakarta.persistence.Query;
import org.qicommons.access.AccessPolicy;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Shares;
import org.qicommons.group.PermissionPolicy;
import org.qicommons.member.Viewer;

/**
 * The access policy for projects written as JPQL, for lists and counts. ProjectQueriesIT checks it
 * agrees with {@link AccessPolicy#canRead} for every kind of viewer and project.
 */
final class ProjectQueries {
    /**
     * True exactly when the viewer may read project {@code p}. Parameters: {@code :signedIn},
     * {@code :viewerId}, {@code :organisationId} (see {@link #bindViewer}).
     */
    static final String READABLE_PROJECT = "(p.reach = org.qicommons.access.Reach.PUBLIC"
            + " or (:signedIn = true and p.reach = org.qicommons.access.Reach.MEMBERS)"
            + " or (p.reach = org.qicommons.access.Reach.GROUP and exists (select g.id from GroupEntity g"
            + " where g.id = p.groupId and " + PermissionPolicy.READABLE_GROUP + "))"
            + " or exists (select t.id from Project t join t.team place where t.id = p.id"
            + " and place.memberId = :viewerId)"
            + " or " + Shares.sharedWithViewer(ItemKind.PROJECT, "p.id") + ")";

    private ProjectQueries() {}

    static <Q extends Query> Q bindViewer(Q query, Viewer viewer) {
        query.setParameter("signedIn", viewer.signedIn());
        query.setParameter("viewerId", AccessPolicy.viewerIdParameter(viewer));
        query.setParameter("organisationId", AccessPolicy.organisationIdParameter(viewer));
        return query;
    }
}
