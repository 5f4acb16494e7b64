package org.qicommons.member.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.MemberRef.OrganisationRef;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.security.CurrentMember;
import org.qicommons.security.WriteLimits;

@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {
    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    public record SignUpBody(String email, String displayName, String password, Long organisationId, String jobTitle) {}

    public record PasswordBody(String currentPassword, String newPassword) {}

    public record EmailChangeBody(String currentPassword, String newEmail) {}

    /** A profile as others see it. */
    public record Profile(
            Long id, String displayName, OrganisationRef organisation, String jobTitle, String bio, Instant createdAt) {
        static Profile of(Member member) {
            return new Profile(
                    member.getId(),
                    member.getDisplayName(),
                    OrganisationRef.of(member),
                    member.getJobTitle(),
                    member.getBio(),
                    member.getCreatedAt());
        }
    }

    /** The caller's own profile: the only place the e-mail address appears. */
    public record OwnProfile(
            Long id,
            String email,
            String displayName,
            OrganisationRef organisation,
            String jobTitle,
            String bio,
            Instant createdAt,
            boolean emailConfirmed) {
        static OwnProfile of(Member member) {
            return new OwnProfile(
                    member.getId(),
                    member.getEmail(),
                    member.getDisplayName(),
                    OrganisationRef.of(member),
                    member.getJobTitle(),
                    member.getBio(),
                    member.getCreatedAt(),
                    member.isEmailConfirmed());
        }
    }

    @Inject
    WriteLimits writeLimits;

    @Operation(operationId = "signUp", summary = "Join QI Commons: a new member")
    @POST
    public Response signUp(SignUpBody body, @Context UriInfo uri, @Context HttpServletRequest http) {
        SignUpBody request = Bodies.required(body);
        Member member = writeLimits.signUp(
                http.getRemoteAddr(),
                () -> members.signUp(new MemberService.SignUp(
                        request.email(),
                        request.displayName(),
                        request.password(),
                        request.organisationId(),
                        request.jobTitle())));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(member.getId().toString())
                        .build())
                .entity(OwnProfile.of(member))
                .build();
    }

    @Operation(operationId = "getOwnProfile", summary = "The caller's own profile, with their e-mail address")
    @GET
    @Path("me")
    public OwnProfile me() {
        return OwnProfile.of(members.findMember(signedIn()));
    }

    /** A merge patch of the caller's profile: fields left out keep their value ({@link ProfilePatch}). */
    @Operation(
            operationId = "editOwnProfile",
            summary = "Change the caller's profile (a merge patch: fields left out keep their value)")
    @PATCH
    @Path("me")
    public OwnProfile editProfile(JsonObject body) {
        JsonObject patch = Bodies.required(body);
        long memberId = signedIn();
        return OwnProfile.of(members.editProfile(memberId, ProfilePatch.apply(members.findMember(memberId), patch)));
    }

    /** Changes the password, given the current one; every personal access token stops working. */
    @Operation(
            operationId = "changePassword",
            summary = "Change the caller's password, giving the current one; revokes their tokens")
    @PUT
    @Path("me/password")
    public Response changePassword(PasswordBody body) {
        PasswordBody request = Bodies.required(body);
        members.changePassword(signedIn(), request.currentPassword(), request.newPassword());
        return Response.noContent().build();
    }

    /**
     * Asks to change the address: 202 whether or not another account has the new address (that
     * account's owner is told instead), so that this cannot be used to find out who has an account.
     */
    @Operation(
            operationId = "changeEmail",
            summary = "Change the caller's e-mail address, giving the current password: a link to confirm"
                    + " it goes to the new address (202); the address changes, and tokens are revoked, when it is"
                    + " followed")
    @PUT
    @Path("me/email")
    public Response changeEmail(EmailChangeBody body) {
        EmailChangeBody request = Bodies.required(body);
        members.requestEmailChange(signedIn(), request.currentPassword(), request.newEmail());
        return Response.accepted().build();
    }

    @Operation(operationId = "getMember", summary = "A member's public profile")
    @GET
    @Path("{id}")
    public Profile get(@PathParam("id") long id) {
        return Profile.of(members.findMember(id));
    }

    /** Sends the link to confirm the caller's e-mail address again (at most three an hour). */
    @Operation(
            operationId = "resendEmailConfirmation",
            summary = "E-mail the caller a new link to confirm their address")
    @POST
    @Path("me/email-confirmation")
    public Response resendEmailConfirmation() {
        members.sendEmailConfirmation(signedIn());
        return Response.accepted().build();
    }

    private long signedIn() {
        return current.requireMemberId();
    }
}
