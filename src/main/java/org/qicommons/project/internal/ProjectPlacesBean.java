package org.qicommons.project.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qicommons.access.AccessPolicy;
import org.qicommons.access.Audience;
import org.qicommons.access.ConversationAccess;
import org.qicommons.access.GroupReaders;
import org.qicommons.discussion.ProjectPlaces;
import org.qicommons.member.Viewer;
import org.qicommons.project.Project;

/** Projects' update streams, with the project's own access policy (see {@link ProjectUpdatesAccess}). */
@ApplicationScoped
@Transactional
public class ProjectPlacesBean implements ProjectPlaces {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    ProjectServiceBean projects;

    @Override
    public ConversationAccess access(Viewer viewer, long projectId) {
        Project project = projects.readable(viewer, projectId);
        Audience audience = projects.audience(project);
        GroupReaders readers = projects.readers(viewer, project);
        Audience unshared = new Audience(audience.reach(), audience.groupId(), audience.team(), null);
        return new ProjectUpdatesAccess(
                viewer,
                project.getTitle(),
                AccessPolicy.canChange(viewer, audience, readers),
                AccessPolicy.canRead(viewer, unshared, readers),
                AccessPolicy.canModerate(viewer, audience, readers));
    }

    @Override
    public Audience audience(long projectId) {
        Project project = em.find(Project.class, projectId);
        // a project that is gone leaves its updates to nobody
        return project == null
                ? new Audience(org.qicommons.access.Reach.TEAM, null, null, null)
                : projects.audience(project);
    }
}
