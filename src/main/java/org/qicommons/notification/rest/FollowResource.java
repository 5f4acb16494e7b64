package org.qicommons.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.core.Checks;
import org.qicommons.core.NotFoundException;
import org.qicommons.notification.FollowLevel;
import org.qicommons.notification.FollowService;
import org.qicommons.notification.FollowTarget;
import org.qicommons.security.CurrentMember;

/**
 * Following: {@code /api/follows/discussions/{id}}, {@code …/groups/{id}}, {@code …/projects/{id}},
 * {@code …/members/{id}}.
 */
@Path("follows/{kind}/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowResource {
    @Inject
    FollowService follows;

    @Inject
    CurrentMember current;

    /** {@code level}: EVERYTHING, REPLIES_AND_MENTIONS or MUTED; null when not following. */
    public record FollowJson(String level, boolean following) {
        static FollowJson of(FollowLevel level) {
            return new FollowJson(level == null ? null : level.name(), level != null && level != FollowLevel.MUTED);
        }
    }

    public record FollowBody(String level) {}

    @Operation(operationId = "getFollow", summary = "Whether and how you follow it")
    @GET
    public FollowJson get(@PathParam("kind") String kind, @PathParam("id") long id) {
        return FollowJson.of(follows.levelOf(current.viewer(), target(kind), id));
    }

    @Operation(operationId = "follow", summary = "Follow it at a level: {level}")
    @PUT
    public FollowJson follow(@PathParam("kind") String kind, @PathParam("id") long id, FollowBody body) {
        FollowLevel level = Checks.oneOf("level", Bodies.required(body).level(), FollowLevel.class);
        return FollowJson.of(follows.follow(current.viewer(), target(kind), id, level));
    }

    @Operation(operationId = "unfollow", summary = "Stop following it")
    @DELETE
    public Response unfollow(@PathParam("kind") String kind, @PathParam("id") long id) {
        follows.unfollow(current.viewer(), target(kind), id);
        return Response.noContent().build();
    }

    private static FollowTarget target(String kind) {
        return switch (kind) {
            case "discussions" -> FollowTarget.DISCUSSION;
            case "groups" -> FollowTarget.GROUP;
            case "projects" -> FollowTarget.PROJECT;
            case "members" -> FollowTarget.MEMBER;
            default -> throw new NotFoundException("Resource");
        };
    }
}
