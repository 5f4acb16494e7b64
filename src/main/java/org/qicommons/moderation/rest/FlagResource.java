package org.qicommons.moderation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.moderation.ModerationService;
import org.qicommons.moderation.PostFlag;
import org.qicommons.security.CurrentMember;

/** A member flags a post for the moderators. */
@Path("posts/{id}/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FlagResource {
    @Inject
    ModerationService moderation;

    @Inject
    CurrentMember current;

    /** {@code reason}: SPAM, OFFENSIVE, PATIENT_INFORMATION or OTHER (which needs a note). */
    public record NewFlag(String reason, String note) {}

    public record FlagJson(long id, long postId, String reason, String note, Instant createdAt) {
        static FlagJson of(PostFlag flag) {
            return new FlagJson(
                    flag.getId(), flag.getPostId(), flag.getReason().name(), flag.getNote(), flag.getCreatedAt());
        }
    }

    @Operation(operationId = "flagPost", summary = "Flag a post for the moderators")
    @POST
    public Response flag(@PathParam("id") long postId, NewFlag body) {
        NewFlag request = Bodies.required(body);
        PostFlag flag = moderation.flagPost(current.viewer(), postId, request.reason(), request.note());
        return Response.status(Response.Status.CREATED)
                .entity(FlagJson.of(flag))
                .build();
    }
}
