package org.qicommons.member.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.core.Checks;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.Member;
import org.qicommons.member.SiteRole;
import org.qicommons.member.SiteRoleService;
import org.qicommons.security.CurrentMember;

/**
 * Site roles, for administrators (403 for anyone else). Administrators see members' e-mail
 * addresses here, to find the right person; nobody else ever does.
 */
@Path("admin/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberAdminResource {
    private static final int LIMIT = 50;

    @Inject
    SiteRoleService roles;

    @Inject
    CurrentMember current;

    public record StaffJson(
            long id,
            String displayName,
            String email,
            boolean emailConfirmed,
            Set<SiteRole> roles,
            Instant suspendedUntil) {
        static StaffJson of(Member member) {
            return new StaffJson(
                    member.getId(),
                    member.getDisplayName(),
                    member.getEmail(),
                    member.isEmailConfirmed(),
                    member.grantedSiteRoles(),
                    member.isSuspendedAt(Instant.now()) ? member.getSuspendedUntil() : null);
        }
    }

    public record RolesChange(List<String> roles, String reason) {}

    /** With {@code q}: members whose name or address contains it; without: everyone holding a site role. */
    @Operation(operationId = "findMembersForAdministration", summary = "Find members, or list the site's staff")
    @GET
    public List<StaffJson> find(@QueryParam("q") String q) {
        List<Member> found = q == null || q.isBlank()
                ? roles.listStaff(current.viewer())
                : roles.findMembers(current.viewer(), q, LIMIT);
        return found.stream().map(StaffJson::of).toList();
    }

    /** The whole set of roles the member is to hold ([] for none), and why. */
    @Operation(operationId = "setSiteRoles", summary = "Set a member's site roles (administrators)")
    @PUT
    @Path("{id}/roles")
    public StaffJson setRoles(@PathParam("id") long id, RolesChange body) {
        RolesChange change = Bodies.required(body);
        if (change.roles() == null) {
            throw new InvalidInputException("roles", "must be a list such as [\"MODERATOR\"] ([] for none)");
        }
        Set<SiteRole> wanted = EnumSet.noneOf(SiteRole.class);
        for (String role : change.roles()) {
            wanted.add(Checks.oneOf("roles", role, SiteRole.class));
        }
        return StaffJson.of(roles.setSiteRoles(current.viewer(), id, wanted, change.reason()));
    }
}
