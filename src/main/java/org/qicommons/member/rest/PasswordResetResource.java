package org.qicommons.member.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.member.MemberService;

/** Forgotten passwords: a link by e-mail, then a new password through it. */
@Path("password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {
    @Inject
    MemberService members;

    public record ResetRequest(String email) {}

    public record NewPassword(String password) {}

    @Operation(
            operationId = "requestPasswordReset",
            summary = "E-mail a password reset link; 202 whether or not the address has an account")
    @POST
    public Response request(ResetRequest body) {
        members.requestPasswordReset(Bodies.required(body).email());
        return Response.accepted().build();
    }

    @Operation(operationId = "resetPassword", summary = "Set a new password with the secret from a reset link")
    @PUT
    @Path("{token}")
    public Response reset(@PathParam("token") String token, NewPassword body) {
        members.resetPassword(token, Bodies.required(body).password());
        return Response.noContent().build();
    }
}
