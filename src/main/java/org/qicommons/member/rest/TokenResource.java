package org.qicommons.member.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.Problem;
import org.qicommons.core.Checks;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.AccessToken;
import org.qicommons.member.MemberService;
import org.qicommons.security.CurrentMember;
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

    /** {@code name}: optional, what the token is for ("Power BI refresh"). */
    public record Credentials(String email, String password, String name) {}

    public record Token(String token, Long id, String name, Instant expiresAt) {}

    /** A token as its owner sees it later: never the token itself. */
    public record TokenJson(Long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
        static TokenJson of(AccessToken token) {
            return new TokenJson(
                    token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt(), token.getExpiresAt());
        }
    }

    @Inject
    CurrentMember current;

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
        // checked before the throttle, which counts any refusal inside it as a wrong password
        Checks.optional("name", credentials.name(), MemberService.MAX_TOKEN_NAME);
        Optional<MemberService.IssuedToken> token =
                throttle.attempt(credentials.email(), request.getRemoteAddr(), () -> {
                    try {
                        return Optional.of(
                                members.issueToken(credentials.email(), credentials.password(), credentials.name()));
                    } catch (InvalidInputException e) {
                        return Optional.empty();
                    }
                });
        return token.map(t -> Response.status(Response.Status.CREATED)
                        .entity(issued(t))
                        .build())
                .orElseGet(() -> Problem.response(
                        Response.Status.UNAUTHORIZED, "e-mail address or password is not right", "password"));
    }

    /** The new token, with the id, name and expiry its listing will show. */
    private static Token issued(MemberService.IssuedToken issued) {
        AccessToken details = issued.details();
        return new Token(issued.token(), details.getId(), details.getName(), details.getExpiresAt());
    }

    @Operation(
            operationId = "listTokens",
            summary = "The caller's personal access tokens (never the tokens themselves)")
    @GET
    public List<TokenJson> list() {
        return members.listTokens(current.requireMemberId()).stream()
                .map(TokenJson::of)
                .toList();
    }

    @Operation(operationId = "revokeToken", summary = "Revoke one of the caller's tokens")
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        members.revokeToken(current.requireMemberId(), id);
        return Response.noContent().build();
    }

    @Operation(operationId = "revokeAllTokens", summary = "Revoke every token of the caller (sign out everywhere)")
    @DELETE
    public Response revokeAll() {
        members.revokeAllTokens(current.requireMemberId());
        return Response.noContent().build();
    }
}
