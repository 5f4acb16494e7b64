package org.qicommons.member.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.member.MemberService;

/** Confirming a member's e-mail address with the secret from the link sent to it. */
@Path("email-confirmations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmailConfirmationResource {
    @Inject
    MemberService members;

    @Operation(operationId = "confirmEmail", summary = "Confirm an e-mail address with the secret from its link")
    @PUT
    @Path("{token}")
    public Response confirm(@PathParam("token") String token) {
        members.confirmEmail(token);
        return Response.noContent().build();
    }
}
