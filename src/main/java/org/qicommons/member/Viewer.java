package org.qicommons.member;

import java.util.EnumSet;
import java.util.Set;
import org.qicommons.organisation.Organisation;

/**
 * Who is asking: a signed-in member, or an anonymous visitor. Every read and write use case takes
 * one, so permission is always decided for someone explicit.
 *
 * @param organisationId the member's organisation only where it counts for access: verified by a
 *     site administrator and vouching for this member ({@link Member#isOrganisationVouched()}), so
 *     that what is shared with "Care Quality Commission" reaches its staff and nobody who merely
 *     typed its name; null otherwise
 * @param siteRoles the roles the member holds across the site (empty for anonymous visitors)
 */
public record Viewer(Long memberId, Long organisationId, Set<SiteRole> siteRoles) {
    private static final Viewer ANONYMOUS = new Viewer(null, null, Set.of());

    public Viewer {
        siteRoles = siteRoles == null || siteRoles.isEmpty() ? Set.of() : Set.copyOf(siteRoles);
        if (memberId == null && (organisationId != null || !siteRoles.isEmpty())) {
            throw new IllegalArgumentException("an anonymous visitor has no organisation or role");
        }
    }

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    /** A member known by id alone: no organisation and no site role count for them. */
    public static Viewer member(long memberId) {
        return new Viewer(memberId, null, Set.of());
    }

    /** A member as the access policy should see them. */
    public static Viewer of(Member member) {
        Organisation organisation = member.getOrganisation();
        Long organisationId = organisation != null && organisation.isVerified() && member.isOrganisationVouched()
                ? organisation.getId()
                : null;
        Set<SiteRole> roles = member.siteRoles();
        return new Viewer(member.getId(), organisationId, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }

    public boolean signedIn() {
        return memberId != null;
    }

    public boolean is(Long otherMemberId) {
        return memberId != null && memberId.equals(otherMemberId);
    }

    public boolean belongsTo(Long otherOrganisationId) {
        return organisationId != null && organisationId.equals(otherOrganisationId);
    }

    /** Site moderators and administrators (administrators moderate too). */
    public boolean moderatesSite() {
        return siteRoles.contains(SiteRole.MODERATOR) || siteRoles.contains(SiteRole.ADMINISTRATOR);
    }
}
