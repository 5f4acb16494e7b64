package org.qicommons.resource;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.qicommons.member.Member;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.Organisation;

/**
 * Sharing tools and learning, finding them, downloading them and saying "we adapted this". Reading
 * follows {@link org.qicommons.access.AccessPolicy}: a resource the viewer may not read is
 * NotFoundException, exactly as one that does not exist, on every path, the file download included.
 */
public interface ResourceService {
    int MAX_TITLE = 200;
    int MAX_DESCRIPTION = 4000;
    int MAX_URL = 2000;
    int MAX_NOTE = 2000;
    int MAX_TAGS = 10;
    int MAX_TAG = 40;
    int MAX_RELATED_GROUPS = 10;
    int DEFAULT_PAGE_SIZE = 20;
    int MAX_PAGE_SIZE = 100;

    /**
     * Shares a resource: a link ({@code draft.linkUrl()}) or an uploaded file ({@code upload}), never
     * both. A file is refused (InvalidInputException on {@code file}) when it is larger than the limit
     * or its bytes are not one of the accepted kinds.
     */
    ResourceView shareResource(Viewer viewer, ResourceDraft draft, Upload upload);

    ResourceView findResource(Viewer viewer, long resourceId);

    /** Its author changes what it says (title, description, type, licence, reach, projects, tags); a null keeps it. */
    ResourceView changeResource(Viewer viewer, long resourceId, ResourceDraft draft);

    ResourceList listResources(Viewer viewer, ResourceFilter filter);

    /**
     * Shared learning: public resources and those shared with the viewer's verified organisation,
     * newest change first, changed in [since, until) where given, of makers of this organisation type
     * where given.
     */
    List<ResourceSummary> listSharedLearning(
            Viewer viewer, String organisationType, java.time.Instant since, java.time.Instant until, int limit);

    /** The resources an organisation made that the viewer may read, newest first. */
    List<Resource> resourcesOf(Viewer viewer, long organisationId, int limit);

    /** The resources related to a project that the viewer may read, newest first. */
    List<Resource> resourcesOfProject(Viewer viewer, long projectId);

    /** What a member shared that the viewer may read, newest first. */
    List<Resource> resourcesBy(Viewer viewer, long memberId, int limit);

    /** The uploaded file, for a viewer who may read the resource. */
    Download download(Viewer viewer, long resourceId);

    /** A picture of it: the image itself, or a PDF's first page; NotFoundException when it has none. */
    Download preview(Viewer viewer, long resourceId);

    /** "We adapted this", optionally naming one of the member's projects the viewer may read. */
    ResourceView recordAdaptation(Viewer viewer, long resourceId, Long projectId, String note);

    record ResourceDraft(
            String title,
            String description,
            String type,
            String licence,
            String reach,
            Long groupId,
            String linkUrl,
            Set<Long> projectIds,
            Set<Long> relatedGroupIds,
            Set<String> tags) {}

    /** An uploaded file as it arrives: the name it came with (metadata only) and its bytes. */
    record Upload(String fileName, InputStream content) {}

    record Download(InputStream content, String mediaType, String fileName, long size, boolean inline) {}

    record ResourceFilter(String type, String organisationType, String tag, int page, int size) {}

    record ResourceList(List<ResourceSummary> resources, long total, int page, int size) {
        public boolean hasMore() {
            return (long) (page + 1) * size < total;
        }
    }

    record ResourceSummary(Resource resource, Member author, Organisation organisation) {}
}
