package org.qicommons.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qicommons.access.AccessPolicy;
import org.qicommons.access.Audience;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Reach;
import org.qicommons.access.Shares;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.Subject;
import org.qicommons.core.Checks;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.Group;
import org.qicommons.group.GroupService;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationType;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectView;
import org.qicommons.resource.Adaptation;
import org.qicommons.resource.FileStore;
import org.qicommons.resource.Licence;
import org.qicommons.resource.Resource;
import org.qicommons.resource.ResourceService;
import org.qicommons.resource.ResourceType;
import org.qicommons.resource.ResourceView;

@ApplicationScoped
@Transactional
public class ResourceServiceBean implements ResourceService {
    /** JPQL twin of the access policy for resources {@code r}; parameters as {@link #bindViewer}. */
    static final String READABLE_RESOURCE = "(r.reach = org.qicommons.access.Reach.PUBLIC"
            + " or (:signedIn = true and r.reach = org.qicommons.access.Reach.MEMBERS)"
            + " or (r.reach = org.qicommons.access.Reach.GROUP and exists (select g.id from GroupEntity g"
            + " where g.id = r.groupId and " + org.qicommons.group.PermissionPolicy.READABLE_GROUP + "))"
            + " or r.authorId = :viewerId"
            + " or " + Shares.sharedWithViewer(ItemKind.RESOURCE, "r.id") + ")";

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    MemberService members;

    @Inject
    GroupService groups;

    @Inject
    ProjectService projects;

    @Inject
    Shares shares;

    @Inject
    ChangeLog changeLog;

    @Inject
    @ConfigProperty(name = "qic.uploads.max.bytes", defaultValue = "20971520")
    long maxUploadBytes;

    @Override
    public ResourceView shareResource(Viewer viewer, ResourceDraft draft, Upload upload) {
        Member author = members.writingMember(viewer);
        Long organisationId =
                author.isOrganisationVouched() ? author.getOrganisation().getId() : null;
        Resource resource = new Resource(author.getId(), organisationId, Instant.now());
        describe(viewer, resource, draft, true);
        String link = draft.linkUrl() == null || draft.linkUrl().isBlank() ? null : url(draft.linkUrl());
        if ((link == null) == (upload == null)) {
            throw new InvalidInputException(
                    link == null ? "file" : "linkUrl", "share either a file or a link (one of them, not both)");
        }
        if (link != null) {
            resource.link(link);
        } else {
            attach(resource, upload);
        }
        em.persist(resource);
        changeLog.record(Subject.RESOURCE, resource.getId(), ChangeKind.CREATED, viewer);
        return view(viewer, resource);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResourceView findResource(Viewer viewer, long resourceId) {
        return view(viewer, readable(viewer, resourceId));
    }

    @Override
    public ResourceView changeResource(Viewer viewer, long resourceId, ResourceDraft draft) {
        Resource resource = readable(viewer, resourceId);
        if (!viewer.is(resource.getAuthorId())) {
            throw new ForbiddenException("only the member who shared it can change it");
        }
        members.writingMember(viewer);
        describe(viewer, resource, draft, false);
        if (draft.linkUrl() != null && !resource.isFile()) {
            resource.link(url(draft.linkUrl()));
        }
        changeLog.record(Subject.RESOURCE, resourceId, ChangeKind.EDITED, viewer);
        return view(viewer, resource);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResourceList listResources(Viewer viewer, ResourceFilter filter) {
        int size = Checks.pageSize(filter.size(), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        if (filter.page() < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        StringBuilder where = new StringBuilder(READABLE_RESOURCE);
        Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        if (filter.type() != null && !filter.type().isBlank()) {
            where.append(" and r.type = :type");
            parameters.put("type", Checks.oneOf("type", filter.type(), ResourceType.class));
        }
        if (filter.organisationType() != null && !filter.organisationType().isBlank()) {
            where.append(" and exists (select o.id from Organisation o where o.id = r.organisationId"
                    + " and o.type = :organisationType)");
            parameters.put(
                    "organisationType",
                    Checks.oneOf("organisationType", filter.organisationType(), OrganisationType.class));
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.append(" and exists (select t.id from Resource t join t.tags tag where t.id = r.id and tag = :tag)");
            parameters.put("tag", filter.tag().strip().toLowerCase(Locale.ROOT));
        }
        TypedQuery<Long> count = em.createQuery("select count(r) from Resource r where " + where, Long.class);
        TypedQuery<Resource> page = em.createQuery(
                        "select r from Resource r where " + where + " order by r.updatedAt desc, r.id desc",
                        Resource.class)
                .setFirstResult(filter.page() * size)
                .setMaxResults(size);
        bindViewer(count, viewer);
        bindViewer(page, viewer);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Resource> resources = page.getResultList();
        Map<Long, Member> authors =
                byId(Member.class, resources.stream().map(Resource::getAuthorId).toList(), Member::getId);
        Map<Long, Organisation> organisations = byId(
                Organisation.class,
                resources.stream()
                        .map(Resource::getOrganisationId)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                Organisation::getId);
        return new ResourceList(
                resources.stream()
                        .map(r -> new ResourceSummary(
                                r,
                                authors.get(r.getAuthorId()),
                                r.getOrganisationId() == null ? null : organisations.get(r.getOrganisationId())))
                        .toList(),
                total,
                filter.page(),
                size);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResourceSummary> listSharedLearning(
            Viewer viewer, String organisationType, Instant since, Instant until, int limit) {
        StringBuilder where = new StringBuilder("(r.reach = org.qicommons.access.Reach.PUBLIC or ")
                .append(Shares.sharedWithViewer(ItemKind.RESOURCE, "r.id"))
                .append(")");
        if (since != null) {
            where.append(" and r.updatedAt >= :since");
        }
        if (until != null) {
            where.append(" and r.updatedAt < :until");
        }
        if (organisationType != null && !organisationType.isBlank()) {
            where.append(" and exists (select o.id from Organisation o where o.id = r.organisationId"
                    + " and o.type = :organisationType)");
        }
        TypedQuery<Resource> query = em.createQuery(
                        "select r from Resource r where " + where + " order by r.updatedAt desc, r.id desc",
                        Resource.class)
                .setParameter("organisationId", AccessPolicy.organisationIdParameter(viewer))
                .setMaxResults(limit);
        if (since != null) {
            query.setParameter("since", since);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        if (organisationType != null && !organisationType.isBlank()) {
            query.setParameter(
                    "organisationType", Checks.oneOf("organisationType", organisationType, OrganisationType.class));
        }
        List<Resource> found = query.getResultList();
        Map<Long, Member> authors =
                byId(Member.class, found.stream().map(Resource::getAuthorId).toList(), Member::getId);
        Map<Long, Organisation> organisations = byId(
                Organisation.class,
                found.stream()
                        .map(Resource::getOrganisationId)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                Organisation::getId);
        return found.stream()
                .map(r -> new ResourceSummary(
                        r,
                        authors.get(r.getAuthorId()),
                        r.getOrganisationId() == null ? null : organisations.get(r.getOrganisationId())))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resource> resourcesOf(Viewer viewer, long organisationId, int limit) {
        TypedQuery<Resource> query = em.createQuery(
                "select r from Resource r where " + READABLE_RESOURCE
                        + " and r.organisationId = :organisation order by r.createdAt desc, r.id desc",
                Resource.class);
        bindViewer(query, viewer);
        return query.setParameter("organisation", organisationId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Resource> resourcesBy(Viewer viewer, long memberId, int limit) {
        TypedQuery<Resource> query = em.createQuery(
                "select r from Resource r where " + READABLE_RESOURCE
                        + " and r.authorId = :member order by r.createdAt desc, r.id desc",
                Resource.class);
        bindViewer(query, viewer);
        return query.setParameter("member", memberId).setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resource> resourcesOfProject(Viewer viewer, long projectId) {
        TypedQuery<Resource> query = em.createQuery(
                "select r from Resource r where " + READABLE_RESOURCE
                        + " and exists (select q.id from Resource q join q.projectIds related where q.id = r.id"
                        + " and related = :projectId) order by r.createdAt desc",
                Resource.class);
        bindViewer(query, viewer);
        return query.setParameter("projectId", projectId)
                .setMaxResults(MAX_PAGE_SIZE)
                .getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(Viewer viewer, long resourceId) {
        Resource resource = readable(viewer, resourceId);
        if (!resource.isFile()) {
            throw new NotFoundException("File");
        }
        FileTypes.Accepted kind = FileTypes.ALLOWED.get(resource.getMediaType());
        return new Download(
                open(resource.getFileKey()),
                resource.getMediaType(),
                FileTypes.downloadName(resource.getFileName(), kind),
                resource.getFileSize(),
                kind.inline());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download preview(Viewer viewer, long resourceId) {
        Resource resource = readable(viewer, resourceId);
        if (resource.getPreviewKey() == null) {
            throw new NotFoundException("Preview");
        }
        boolean image = resource.getPreviewKey().equals(resource.getFileKey());
        return new Download(
                open(resource.getPreviewKey()),
                image ? resource.getMediaType() : "image/png",
                "preview."
                        + (image
                                ? FileTypes.ALLOWED.get(resource.getMediaType()).extension()
                                : "png"),
                -1,
                true);
    }

    @Override
    public ResourceView recordAdaptation(Viewer viewer, long resourceId, Long projectId, String note) {
        Resource resource = readable(viewer, resourceId);
        Member member = members.writingMember(viewer);
        if (projectId != null) {
            ProjectView project;
            try {
                project = projects.findProject(viewer, projectId);
            } catch (NotFoundException e) {
                throw new InvalidInputException(
                        "projectId", "names a project that does not exist or that you cannot read");
            }
            if (!project.project().isOnTeam(viewer.memberId())) {
                throw new InvalidInputException("projectId", "must be a project you are on the team of");
            }
        }
        Adaptation adaptation = new Adaptation(
                resourceId,
                member.getId(),
                member.isOrganisationVouched() ? member.getOrganisation().getId() : null,
                projectId,
                Checks.text("note", note, MAX_NOTE),
                Instant.now());
        em.persist(adaptation);
        changeLog.record(Subject.RESOURCE, resourceId, ChangeKind.EDITED, viewer);
        return view(viewer, resource);
    }

    private void describe(Viewer viewer, Resource resource, ResourceDraft draft, boolean fresh) {
        Reach reach = draft.reach() == null
                ? (fresh ? Reach.MEMBERS : resource.getReach())
                : Checks.oneOf("reach", draft.reach(), Reach.class);
        Long groupId = reach != Reach.GROUP ? null : draft.groupId() != null ? draft.groupId() : resource.getGroupId();
        if (reach == Reach.GROUP) {
            if (groupId == null) {
                throw new InvalidInputException("groupId", "must name the group the resource is for");
            }
            if (groups.readableGroups(viewer, List.of(groupId)).isEmpty()) {
                throw new InvalidInputException("groupId", "names a group that does not exist or that you cannot read");
            }
        }
        Set<Long> projectIds = draft.projectIds() == null
                ? (fresh ? Set.of() : resource.getProjectIds())
                : new LinkedHashSet<>(draft.projectIds());
        for (Long projectId : draft.projectIds() == null ? Set.<Long>of() : projectIds) {
            try {
                projects.findProject(viewer, projectId);
            } catch (NotFoundException e) {
                throw new InvalidInputException(
                        "projectIds", "names a project that does not exist or that you cannot read");
            }
        }
        Set<Long> relatedGroupIds = draft.relatedGroupIds() == null
                ? (fresh ? Set.of() : resource.getRelatedGroupIds())
                : new LinkedHashSet<>(draft.relatedGroupIds());
        if (draft.relatedGroupIds() != null && relatedGroupIds.size() > MAX_RELATED_GROUPS) {
            throw new InvalidInputException("relatedGroupIds", "must name at most " + MAX_RELATED_GROUPS + " groups");
        }
        if (draft.relatedGroupIds() != null
                && groups.readableGroups(viewer, relatedGroupIds).size() != relatedGroupIds.size()) {
            throw new InvalidInputException(
                    "relatedGroupIds", "names a group that does not exist or that you cannot read");
        }
        resource.describe(
                draft.title() == null && !fresh
                        ? resource.getTitle()
                        : Checks.required("title", draft.title(), MAX_TITLE),
                draft.description() == null && !fresh
                        ? resource.getDescription()
                        : Checks.text("description", draft.description(), MAX_DESCRIPTION),
                draft.type() == null && !fresh
                        ? resource.getType()
                        : Checks.oneOf("type", draft.type(), ResourceType.class),
                draft.licence() == null && !fresh
                        ? resource.getLicence()
                        : Checks.oneOf("licence", draft.licence(), Licence.class),
                reach,
                groupId,
                projectIds,
                relatedGroupIds,
                draft.tags() == null && !fresh
                        ? resource.getTags()
                        : Checks.tags("tags", draft.tags(), MAX_TAGS, MAX_TAG),
                Instant.now());
    }

    /** Only web addresses: a link must not run script or open a file on the reader's computer. */
    private static String url(String value) {
        String url = Checks.required("linkUrl", value, MAX_URL);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new InvalidInputException("linkUrl", "must be a web address starting with https://");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("linkUrl", "is not a web address");
        }
        return url;
    }

    /**
     * Stores the upload under a key of the store's own, then reads the stored bytes to decide what it
     * is; a file refused for its size or kind leaves nothing behind.
     */
    private void attach(Resource resource, Upload upload) {
        String name = upload.fileName() == null ? "" : upload.fileName();
        FileStore.StoredFile stored;
        try (InputStream in = upload.content()) {
            stored = files.store(in, maxUploadBytes);
        } catch (FileStore.TooLargeException e) {
            throw new InvalidInputException(
                    "file", "is larger than the limit of " + megabytes(maxUploadBytes) + " MB, so it was not stored");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stored.size() == 0) {
            delete(stored.key());
            throw new InvalidInputException("file", "is empty");
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("qic-upload-", ".bin");
            try (InputStream in = files.open(stored.key())) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            FileTypes.Accepted kind = FileTypes.check(copy, name);
            String previewKey = null;
            if (kind.mediaType().startsWith("image/")) {
                previewKey = stored.key();
            } else if (kind.mediaType().equals("application/pdf")) {
                previewKey =
                        Previews.firstPage(copy).map(png -> storePreview(png)).orElse(null);
            }
            resource.attach(stored.key(), name, kind.mediaType(), stored.size(), stored.sha256(), previewKey);
        } catch (InvalidInputException e) {
            delete(stored.key());
            throw e;
        } catch (IOException e) {
            delete(stored.key());
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file left behind is removed with the system's temporary files
                }
            }
        }
    }

    private String storePreview(byte[] png) {
        try {
            return files.store(Previews.stream(png), maxUploadBytes).key();
        } catch (IOException e) {
            return null;
        }
    }

    private static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private void delete(String key) {
        try {
            files.delete(key);
        } catch (IOException e) {
            // an unreferenced file does no harm; it is only space
        }
    }

    private InputStream open(String key) {
        try {
            return files.open(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Resource readable(Viewer viewer, long resourceId) {
        Resource resource = em.find(Resource.class, resourceId);
        if (resource == null || !AccessPolicy.canRead(viewer, audience(resource), readers(viewer, resource))) {
            throw new NotFoundException("Resource");
        }
        return resource;
    }

    private Audience audience(Resource resource) {
        return resource.audience(shares.organisationsOf(ItemKind.RESOURCE, resource.getId()));
    }

    private org.qicommons.access.GroupReaders readers(Viewer viewer, Resource resource) {
        if (resource.getGroupId() == null) {
            return org.qicommons.access.GroupReaders.none();
        }
        Set<Long> readable = groups.readableGroups(viewer, List.of(resource.getGroupId())).stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
        return readable::contains;
    }

    private static <Q extends jakarta.persistence.Query> void bindViewer(Q query, Viewer viewer) {
        query.setParameter("signedIn", viewer.signedIn());
        query.setParameter("viewerId", AccessPolicy.viewerIdParameter(viewer));
        query.setParameter("organisationId", AccessPolicy.organisationIdParameter(viewer));
    }

    private ResourceView view(Viewer viewer, Resource resource) {
        List<Adaptation> adaptations = em.createQuery(
                        "select a from Adaptation a where a.resourceId = :id order by a.createdAt, a.id",
                        Adaptation.class)
                .setParameter("id", resource.getId())
                .getResultList();
        Set<Long> memberIds = new HashSet<>();
        memberIds.add(resource.getAuthorId());
        adaptations.forEach(a -> memberIds.add(a.getMemberId()));
        Map<Long, Member> people = byId(Member.class, memberIds, Member::getId);
        Set<Long> organisationIds = new HashSet<>();
        if (resource.getOrganisationId() != null) {
            organisationIds.add(resource.getOrganisationId());
        }
        adaptations.stream()
                .map(Adaptation::getOrganisationId)
                .filter(java.util.Objects::nonNull)
                .forEach(organisationIds::add);
        Map<Long, Organisation> organisations = byId(Organisation.class, organisationIds, Organisation::getId);
        Set<Long> projectIds = new HashSet<>(resource.getProjectIds());
        adaptations.stream()
                .map(Adaptation::getProjectId)
                .filter(java.util.Objects::nonNull)
                .forEach(projectIds::add);
        Map<Long, ResourceView.ProjectLink> readableProjects = new java.util.HashMap<>();
        for (Long projectId : projectIds) {
            try {
                ProjectView project = projects.findProject(viewer, projectId);
                readableProjects.put(
                        projectId,
                        new ResourceView.ProjectLink(
                                projectId, project.project().getTitle()));
            } catch (NotFoundException e) {
                // a project the viewer may not read is not named to them
            }
        }
        List<ResourceView.AdaptationView> adaptationViews = new ArrayList<>();
        for (Adaptation adaptation : adaptations) {
            adaptationViews.add(new ResourceView.AdaptationView(
                    people.get(adaptation.getMemberId()),
                    adaptation.getOrganisationId() == null ? null : organisations.get(adaptation.getOrganisationId()),
                    adaptation.getProjectId() == null ? null : readableProjects.get(adaptation.getProjectId()),
                    adaptation.getNote(),
                    adaptation.getCreatedAt()));
        }
        return new ResourceView(
                resource,
                people.get(resource.getAuthorId()),
                resource.getOrganisationId() == null ? null : organisations.get(resource.getOrganisationId()),
                resource.getProjectIds().stream()
                        .map(readableProjects::get)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                // a group the viewer may not read is not named to them
                groups.readableGroups(viewer, resource.getRelatedGroupIds()).stream()
                        .sorted(java.util.Comparator.comparing(Group::getName))
                        .map(group -> new ResourceView.GroupLink(group.getId(), group.getSlug(), group.getName()))
                        .toList(),
                adaptationViews,
                viewer.is(resource.getAuthorId()),
                resource.getPreviewKey() != null);
    }

    private <T> Map<Long, T> byId(Class<T> type, java.util.Collection<Long> ids, Function<T, Long> idOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", new ArrayList<>(new HashSet<>(ids)))
                .getResultStream()
                .collect(Collectors.toMap(idOf, Function.identity()));
    }
}
