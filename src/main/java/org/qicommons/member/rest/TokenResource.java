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
import org.qicommons.api.Bodies;
import org.qicommons.api.Problem;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.MemberService;
import org.qicommons.security.SignInThrottle;
import org.qicommons.security.TooManyAttemptsException;

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

    @POST
    public Response issue(Credentials body) {
        Credentials credentials = Bodies.required(body);
        if (credentials.email() == null || credentials.email().isBlank()) {
            throw new InvalidInputException("email", "must not be empty");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidInputException("password", "must not be empty");
        }
        long wait = throttle.secondsToWait(credentials.email(), request.getRemoteAddr());
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        try {
            String token = members.issueToken(credentials.email(), credentials.password());
            throttle.succeeded(credentials.email());
            return Response.status(Response.Status.CREATED)
                    .entity(new Token(token))
                    .build();
        } catch (InvalidInputException e) {
            throttle.failed(credentials.email(), request.getRemoteAddr());
            return Problem.response(Response.Status.UNAUTHORIZED, e.getMessage(), e.field());
        }
    }
}
