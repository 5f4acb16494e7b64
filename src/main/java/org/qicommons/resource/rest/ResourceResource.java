package org.qicommons.resource.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.MemberRef;
import org.qicommons.api.MemberRef.OrganisationRef;
import org.qicommons.api.PageNumber;
import org.qicommons.api.PageSize;
import org.qicommons.core.InvalidInputException;
import org.qicommons.resource.Resource;
import org.qicommons.resource.ResourceService;
import org.qicommons.resource.ResourceService.Download;
import org.qicommons.resource.ResourceService.ResourceDraft;
import org.qicommons.resource.ResourceService.ResourceFilter;
import org.qicommons.resource.ResourceService.ResourceList;
import org.qicommons.resource.ResourceService.Upload;
import org.qicommons.resource.ResourceView;
import org.qicommons.security.CurrentMember;

/** Shared resources: share (a link as JSON, a file as multipart), find, download, adapt. */
@Path("resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResourceResource {
    @Inject
    ResourceService resources;

    @Inject
    CurrentMember current;

    public record AdaptationBody(Long projectId, String note) {}

    public record ResourceJson(
            long id,
            String title,
            String description,
            String type,
            String licence,
            String reach,
            MemberRef author,
            OrganisationRef organisation,
            String linkUrl,
            FileJson file,
            String previewUrl,
            List<String> tags,
            List<ProjectJson> projects,
            List<GroupJson> relatedGroups,
            List<AdaptationJson> adaptations,
            List<OrganisationRef> spreadTo,
            Instant createdAt,
            Instant updatedAt,
            boolean canChange) {
        static ResourceJson of(ResourceView view) {
            Resource r = view.resource();
            return new ResourceJson(
                    r.getId(),
                    r.getTitle(),
                    r.getDescription(),
                    r.getType().name(),
                    r.getLicence().name(),
                    r.getReach().name(),
                    MemberRef.of(view.author()),
                    OrganisationRef.of(view.organisation()),
                    r.getLinkUrl(),
                    r.isFile()
                            ? new FileJson(
                                    r.getFileName(),
                                    r.getMediaType(),
                                    r.getFileSize(),
                                    r.getSha256(),
                                    "/api/resources/" + r.getId() + "/file")
                            : null,
                    view.hasPreview() ? "/api/resources/" + r.getId() + "/preview" : null,
                    List.copyOf(r.getTags()),
                    view.projects().stream()
                            .map(p -> new ProjectJson(p.id(), p.title()))
                            .toList(),
                    view.relatedGroups().stream()
                            .map(g -> new GroupJson(g.id(), g.slug(), g.name()))
                            .toList(),
                    view.adaptations().stream()
                            .map(a -> new AdaptationJson(
                                    MemberRef.of(a.member()),
                                    OrganisationRef.of(a.organisation()),
                                    a.project() == null
                                            ? null
                                            : new ProjectJson(
                                                    a.project().id(),
                                                    a.project().title()),
                                    a.note(),
                                    a.at()))
                            .toList(),
                    view.spreadTo().stream().map(OrganisationRef::of).toList(),
                    r.getCreatedAt(),
                    r.getUpdatedAt(),
                    view.canChange());
        }
    }

    public record FileJson(String name, String mediaType, Long size, String sha256, String url) {}

    public record ProjectJson(long id, String title) {}

    public record GroupJson(long id, String slug, String name) {}

    public record AdaptationJson(
            MemberRef member, OrganisationRef organisation, ProjectJson project, String note, Instant at) {}

    public record ResourceListJson(List<ResourceJson> resources, long total, int page, int size, boolean hasMore) {}

    @Operation(
            operationId = "listResources",
            summary = "The resources you may read, newest first; filter by type, organisationType and tag")
    @GET
    public ResourceListJson list(
            @QueryParam("type") String type,
            @QueryParam("organisationType") String organisationType,
            @QueryParam("tag") String tag,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ResourceList found = resources.listResources(
                current.viewer(),
                new ResourceFilter(type, organisationType, tag, PageNumber.parse(page), PageSize.parse(size)));
        return new ResourceListJson(
                found.resources().stream()
                        .map(s -> resources.findResource(
                                current.viewer(), s.resource().getId()))
                        .map(ResourceJson::of)
                        .toList(),
                found.total(),
                found.page(),
                found.size(),
                found.hasMore());
    }

    @Operation(
            operationId = "shareLink",
            summary = "Share a link: {title, description, type, licence, reach?, groupId?, linkUrl, projectIds?,"
                    + " relatedGroupIds?, tags?}")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response shareLink(ResourceDraft body, @Context UriInfo uri) {
        return created(uri, resources.shareResource(current.viewer(), Bodies.required(body), null));
    }

    @Operation(
            operationId = "shareFile",
            summary = "Share a file (multipart/form-data): a part \"file\" and parts title, description, type,"
                    + " licence, reach?, groupId?, projectIds? (repeat), relatedGroupIds? (repeat), tags? (repeat);"
                    + " at most the configured size"
                    + " (20 MB by default), a PDF, image, office document or CSV by its bytes")
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response shareFile(List<EntityPart> parts, @Context UriInfo uri) {
        EntityPart file = null;
        String title = null, description = null, type = null, licence = null, reach = null;
        Long groupId = null;
        Set<Long> projectIds = new LinkedHashSet<>();
        Set<Long> relatedGroupIds = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "file" -> file = part;
                case "title" -> title = text(part);
                case "description" -> description = text(part);
                case "type" -> type = text(part);
                case "licence" -> licence = text(part);
                case "reach" -> reach = text(part);
                case "groupId" -> groupId = number("groupId", text(part));
                case "projectIds" -> projectIds.add(number("projectIds", text(part)));
                case "relatedGroupIds" -> relatedGroupIds.add(number("relatedGroupIds", text(part)));
                case "tags" -> tags.add(text(part));
                default -> throw new InvalidInputException(part.getName(), "is not a part this upload takes");
            }
        }
        if (file == null) {
            throw new InvalidInputException("file", "must be sent, as the part named \"file\"");
        }
        ResourceDraft draft = new ResourceDraft(
                title, description, type, licence, reach, groupId, null, projectIds, relatedGroupIds, tags);
        return created(
                uri,
                resources.shareResource(
                        current.viewer(), draft, new Upload(file.getFileName().orElse(""), file.getContent())));
    }

    @Operation(operationId = "getResource", summary = "A resource you may read, with who adapted it")
    @GET
    @Path("{id}")
    public ResourceJson get(@PathParam("id") long id) {
        return ResourceJson.of(resources.findResource(current.viewer(), id));
    }

    @Operation(operationId = "changeResource", summary = "Change what a resource says (the member who shared it)")
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResourceJson change(@PathParam("id") long id, ResourceDraft body) {
        return ResourceJson.of(resources.changeResource(current.viewer(), id, Bodies.required(body)));
    }

    @Operation(
            operationId = "downloadResource",
            summary = "The file, for those who may read the resource: its own type, as an attachment unless a"
                    + " browser shows it safely (PDF, images)")
    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id) {
        return stream(resources.download(current.viewer(), id));
    }

    @Operation(operationId = "previewResource", summary = "A picture of the resource: the image, or a PDF's first page")
    @GET
    @Path("{id}/preview")
    @Produces(MediaType.WILDCARD)
    public Response preview(@PathParam("id") long id) {
        return stream(resources.preview(current.viewer(), id));
    }

    @Operation(
            operationId = "adaptResource",
            summary = "Say \"we adapted this\": {note, projectId?} (a project you are on the team of)")
    @POST
    @Path("{id}/adaptations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adapt(@PathParam("id") long id, AdaptationBody body) {
        AdaptationBody request = Bodies.required(body);
        return Response.status(Response.Status.CREATED)
                .entity(ResourceJson.of(
                        resources.recordAdaptation(current.viewer(), id, request.projectId(), request.note())))
                .build();
    }

    /**
     * The bytes with their own type; nosniff and a sandbox so that nothing in them runs as our page, and
     * the name in both Content-Disposition forms (RFC 6266).
     */
    private static Response stream(Download download) {
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        String ascii = download.fileName().replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "");
        String encoded =
                URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        Response.ResponseBuilder response = Response.ok(body, download.mediaType())
                .header(
                        "Content-Disposition",
                        (download.inline() ? "inline" : "attachment") + "; filename=\"" + ascii
                                + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .header("Cache-Control", "private, no-store");
        if (download.size() >= 0) {
            response.header("Content-Length", download.size());
        }
        return response.build();
    }

    private static Response created(UriInfo uri, ResourceView view) {
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.resource().getId()))
                        .build())
                .entity(ResourceJson.of(view))
                .build();
    }

    private static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long number(String field, String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number");
        }
    }
}
