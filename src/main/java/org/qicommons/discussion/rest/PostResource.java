package org.qicommons.discussion.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.core.InvalidInputException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostHistory;
import org.qicommons.discussion.rest.DiscussionJson.HistoryJson;
import org.qicommons.discussion.rest.DiscussionJson.PostJson;
import org.qicommons.discussion.rest.DiscussionJson.RevisionJson;
import org.qicommons.moderation.ModerationAction;
import org.qicommons.moderation.ModerationService;
import org.qicommons.security.CurrentMember;

/** One post: read, edit, delete, hide, and its revisions. */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostResource {
    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    public record EditBody(String body, String title) {}

    public record HiddenBody(Boolean hidden) {}

    @Operation(operationId = "getPost", summary = "One post")
    @GET
    @Path("{id}")
    public PostJson post(@PathParam("id") long id) {
        return PostJson.of(discussions.findPost(current.viewer(), id));
    }

    @Operation(operationId = "editPost", summary = "Edit a post (its author); the old text is kept as a revision")
    @PATCH
    @Path("{id}")
    public PostJson edit(@PathParam("id") long id, EditBody body) {
        EditBody request = Bodies.required(body);
        discussions.editPost(current.viewer(), id, request.body(), request.title());
        return PostJson.of(discussions.findPost(current.viewer(), id));
    }

    @Operation(operationId = "deletePost", summary = "Delete a post (its author)")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        discussions.deletePost(current.viewer(), id);
        return Response.noContent().build();
    }

    @Inject
    ModerationService moderation;

    @Operation(operationId = "setPostHidden", summary = "Hide or show a post (the group's moderators)")
    @PUT
    @Path("{id}/hidden")
    public PostJson hide(@PathParam("id") long id, HiddenBody body) {
        HiddenBody request = Bodies.required(body);
        if (request.hidden() == null) {
            throw new InvalidInputException("hidden", "must be true or false");
        }
        moderation.act(
                current.viewer(),
                new ModerationAction(
                        request.hidden() ? ModerationAction.Kind.HIDE : ModerationAction.Kind.RESTORE,
                        id,
                        null,
                        null,
                        null,
                        null,
                        null));
        return PostJson.of(discussions.findPost(current.viewer(), id));
    }

    @Operation(operationId = "listPostRevisions", summary = "A post's earlier versions")
    @GET
    @Path("{id}/revisions")
    public HistoryJson revisions(@PathParam("id") long id) {
        PostHistory history = discussions.postHistory(current.viewer(), id);
        return new HistoryJson(
                PostJson.of(history.current()),
                history.revisions().stream().map(RevisionJson::of).toList());
    }
}
