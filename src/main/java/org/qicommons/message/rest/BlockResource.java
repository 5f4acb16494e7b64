package org.qicommons.message.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.core.ForbiddenException;
import org.qicommons.message.MessageService;
import org.qicommons.security.CurrentMember;

/** Blocking a member: no messages from them, and nothing of theirs notified to you. */
@Path("members/{id}/block")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlockResource {
    @Inject
    MessageService messages;

    @Inject
    CurrentMember current;

    public record BlockJson(boolean blocked) {}

    @Operation(operationId = "getBlock", summary = "Whether you block the member")
    @GET
    public BlockJson get(@PathParam("id") long id) {
        if (!current.viewer().signedIn()) {
            throw new ForbiddenException("sign in first");
        }
        return new BlockJson(messages.blocks(current.viewer(), id));
    }

    @Operation(operationId = "block", summary = "Block the member")
    @PUT
    public BlockJson block(@PathParam("id") long id) {
        messages.block(current.viewer(), id);
        return new BlockJson(true);
    }

    @Operation(operationId = "unblock", summary = "Stop blocking the member")
    @DELETE
    public BlockJson unblock(@PathParam("id") long id) {
        messages.unblock(current.viewer(), id);
        return new BlockJson(false);
    }
}
