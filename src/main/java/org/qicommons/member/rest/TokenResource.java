package org.qicommons.member.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.Problem;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.MemberService;
import org.qicommons.security.SignInThrottle;

/** Personal access tokens: e-mail and password in, a bearer token out (shown once). */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {
    @Inject
    MemberService members;

    @Inject
    SignInThrottle throttle;

    @Context
    HttpServletRequest request;

    public record Credentials(String email, String password) {}

    public record Token(String token) {}

    @Operation(operationId = "issueToken", summary = "A personal access token for an e-mail address and password")
    @POST
    public Response issue(Credentials body) {
        Credentials credentials = Bodies.required(body);
        if (credentials.email() == null || credentials.email().isBlank()) {
            throw new InvalidInputException("email", "must not be empty");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidInputException("password", "must not be empty");
        }
        Optional<String> token = throttle.attempt(credentials.email(), request.getRemoteAddr(), () -> {
            try {
                return Optional.of(members.issueToken(credentials.email(), credentials.password()));
            } catch (InvalidInputException e) {
                return Optional.empty();
            }
        });
        return token.map(t -> Response.status(Response.Status.CREATED)
                        .entity(new Token(t))
                        .build())
                .orElseGet(() -> Problem.response(
                        Response.Status.UNAUTHORIZED, "e-mail address or password is not right", "password"));
    }
}
