package org.qicommons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.NotFoundException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.SiteRoleService;
import org.qicommons.member.Viewer;

/**
 * Who runs the site, for the adapters of administration pages and calls: the site roles held in the
 * database (granted on the administrators' page). While the site has no administrator, the first
 * member listed in {@code QIC_ADMIN_EMAILS} who asks becomes one, once their address is confirmed.
 */
@ApplicationScoped
public class SiteAdmins {
    @Inject
    MemberService members;

    @Inject
    SiteRoleService roles;

    public boolean isAdmin(Viewer viewer) {
        Member member = signedIn(viewer);
        return member != null && (member.isAdministrator() || roles.bootstrapAdministrator(viewer));
    }

    public void requireAdmin(Viewer viewer, String what) {
        if (!isAdmin(viewer)) {
            throw new ForbiddenException("only site administrators " + what);
        }
    }

    private Member signedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            return null;
        }
        try {
            return members.findMember(viewer.memberId());
        } catch (NotFoundException e) {
            return null;
        }
    }
}
