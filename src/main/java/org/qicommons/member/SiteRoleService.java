package org.qicommons.member;

import java.util.List;
import java.util.Set;

/**
 * Site roles, granted by administrators. {@code QIC_ADMIN_EMAILS} only bootstraps: while the site has
 * no administrator, a member with a confirmed address on that list becomes one.
 */
public interface SiteRoleService {
    int MAX_QUERY = 254;

    /**
     * Sets the member's roles (administrators only), with the reason for the audit log. Removing the
     * last administrator is refused (ConflictException): someone must be able to grant roles.
     */
    Member setSiteRoles(Viewer viewer, long memberId, Set<SiteRole> roles, String reason);

    /** Members whose name or e-mail address contains the text, for administrators; at most {@code limit}. */
    List<Member> findMembers(Viewer viewer, String text, int limit);

    /** Everyone holding a site role, by name; for administrators. */
    List<Member> listStaff(Viewer viewer);

    /**
     * Makes the viewer an administrator if the site has none and their confirmed address is listed in
     * {@code QIC_ADMIN_EMAILS}; whether they are one now.
     */
    boolean bootstrapAdministrator(Viewer viewer);

    /**
     * The viewer as a member, if they are an administrator (bootstrapping the first one as above);
     * ForbiddenException "only site administrators {what}" for anyone else.
     */
    Member requireAdministrator(Viewer viewer, String what);

    /** Bootstraps every listed, confirmed member while the site has no administrator (at start-up). */
    void bootstrapAdministrators();
}
