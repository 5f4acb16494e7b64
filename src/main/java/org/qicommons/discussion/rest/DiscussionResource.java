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
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostView;
import org.qicommons.discussion.rest.DiscussionJson.ActivityPageJson;
import org.qicommons.discussion.rest.DiscussionJson.PostJson;
import org.qicommons.discussion.rest.DiscussionJson.ThreadJson;
import org.qicommons.security.CurrentMember;

/** Discussions: recent activity everywhere the caller can read, a thread, replying. */
@Path("discussions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiscussionResource {
    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    public record PostBody(String body, Long replyTo) {}

    @Operation(operationId = "listRecentActivity", summary = "Recent discussions across the groups the caller may read")
    @GET
    public ActivityPageJson recent(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return ActivityPageJson.of(discussions.recentActivity(current.viewer(), cursor, PageSize.parse(size)));
    }

    @Operation(operationId = "getDiscussion", summary = "A discussion with its posts, a page at a time")
    @GET
    @Path("{id}")
    public ThreadJson thread(
            @PathParam("id") long id, @QueryParam("after") String after, @QueryParam("size") String size) {
        return ThreadJson.of(discussions.readThread(current.viewer(), id, after, PageSize.parse(size)));
    }

    @Operation(operationId = "reply", summary = "Reply in a discussion")
    @POST
    @Path("{id}/posts")
    public Response reply(@PathParam("id") long id, PostBody body) {
        PostBody request = Bodies.required(body);
        PostView post = discussions.replyAndShow(current.viewer(), id, request.replyTo(), request.body());
        return Response.created(URI.create("/api/posts/" + post.id()))
                .entity(PostJson.of(post))
                .build();
    }
}
