package org.qicommons.message.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.PageSize;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.rest.DiscussionJson.ActivityPageJson;
import org.qicommons.discussion.rest.DiscussionJson.ThreadJson;
import org.qicommons.message.MessageService;
import org.qicommons.security.CurrentMember;

/**
 * Private conversations: the caller's, and starting one. Each is a thread like a discussion's, read
 * and replied to under {@code /api/discussions/{id}} by its participants (everyone else: 404).
 */
@Path("messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessageResource {
    @Inject
    MessageService messages;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    /** {@code to}: member ids (at most nine); {@code title} optional. */
    public record NewConversationBody(List<Long> to, String title, String body) {}

    @Operation(operationId = "listConversations", summary = "Your private conversations, most recently active first")
    @GET
    public ActivityPageJson inbox(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return ActivityPageJson.of(messages.inbox(current.viewer(), cursor, PageSize.parse(size)));
    }

    @Operation(operationId = "startConversation", summary = "Send a private message: {to: [memberId], title?, body}")
    @POST
    public Response start(NewConversationBody body) {
        NewConversationBody request = Bodies.required(body);
        Discussion thread = messages.startConversation(
                current.viewer(),
                request.to() == null ? null : new LinkedHashSet<>(request.to()),
                request.title(),
                request.body());
        return Response.created(URI.create("/api/discussions/" + thread.getId()))
                .entity(ThreadJson.of(discussions.readThread(current.viewer(), thread.getId(), null, 0)))
                .build();
    }
}
