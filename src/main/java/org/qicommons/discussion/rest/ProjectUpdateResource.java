package org.qicommons.discussion.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.PageSize;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.rest.DiscussionJson.ActivityPageJson;
import org.qicommons.discussion.rest.DiscussionJson.ThreadJson;
import org.qicommons.discussion.rest.GroupDiscussionResource.NewDiscussionBody;
import org.qicommons.security.CurrentMember;

/**
 * A project's update stream, and posting an update on it. Each update is a discussion like any
 * other: read and replied to under {@code /api/discussions/{id}}.
 */
@Path("projects/{id}/updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectUpdateResource {
    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    @Operation(operationId = "listProjectUpdates", summary = "A project's updates, most recently active first")
    @GET
    public ActivityPageJson updates(
            @PathParam("id") long id, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return ActivityPageJson.of(discussions.projectUpdates(current.viewer(), id, cursor, PageSize.parse(size)));
    }

    @Operation(operationId = "postProjectUpdate", summary = "Post an update on a project (its team may)")
    @POST
    public Response post(@PathParam("id") long id, NewDiscussionBody body) {
        NewDiscussionBody request = Bodies.required(body);
        Discussion discussion = discussions.startProjectUpdate(current.viewer(), id, request.title(), request.body());
        return Response.created(URI.create("/api/discussions/" + discussion.getId()))
                .entity(ThreadJson.of(discussions.readThread(current.viewer(), discussion.getId(), null, 0)))
                .build();
    }
}
