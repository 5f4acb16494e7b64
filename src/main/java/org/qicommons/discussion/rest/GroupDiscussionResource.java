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
import org.qicommons.security.CurrentMember;

/** A group's activity stream, and starting a discussion in it. */
@Path("groups/{slug}/discussions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupDiscussionResource {
    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    public record NewDiscussionBody(String title, String body) {}

    @Operation(operationId = "listGroupActivity", summary = "A group's discussions, most recently active first")
    @GET
    public ActivityPageJson activity(
            @PathParam("slug") String slug, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return ActivityPageJson.of(discussions.groupActivity(current.viewer(), slug, cursor, PageSize.parse(size)));
    }

    @Operation(operationId = "startDiscussion", summary = "Post an update: start a discussion in a group")
    @POST
    public Response start(@PathParam("slug") String slug, NewDiscussionBody body) {
        NewDiscussionBody request = Bodies.required(body);
        Discussion discussion = discussions.startDiscussion(current.viewer(), slug, request.title(), request.body());
        return Response.created(URI.create("/api/discussions/" + discussion.getId()))
                .entity(ThreadJson.of(discussions.readThread(current.viewer(), discussion.getId(), null, 0)))
                .build();
    }
}
