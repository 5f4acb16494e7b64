package org.qicommons.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Instant;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.NotFoundException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;

/** The caller of this request, as pages and resources need it. */
@Named
@RequestScoped
public class CurrentMember {
    @Inject
    SecurityContext securityContext;

    @Inject
    MemberService members;

    @Inject
    HttpServletRequest request;

    private Viewer viewer;
    private Member member;

    public Viewer viewer() {
        if (viewer == null) {
            Principal principal = callerPrincipal();
            if (principal == null) {
                viewer = Viewer.anonymous();
            } else {
                // the member's verified organisation and site roles count for access, so the viewer
                // is built from the member (loaded for the page header in any case)
                // (getMember reads the id from the viewer by id set first)
                Viewer byId = Viewer.member(Long.parseLong(principal.getName()));
                viewer = byId;
                Member signedIn = getMember();
                viewer = signedIn == null ? byId : Viewer.of(signedIn);
            }
        }
        return viewer;
    }

    /**
     * While an error page is rendered (a forward after {@code sendError}), Soteria's SecurityContext
     * on Payara 7 throws a NullPointerException (no JACC policy context). The request still knows
     * its caller, so ask it then.
     */
    private Principal callerPrincipal() {
        try {
            return securityContext.getCallerPrincipal();
        } catch (RuntimeException e) {
            return request.getUserPrincipal();
        }
    }

    public boolean isSignedIn() {
        return viewer().signedIn();
    }

    /** The signed-in member's id, for what only a member may do; ForbiddenException for anyone else. */
    public long requireMemberId() {
        if (!isSignedIn()) {
            throw new ForbiddenException("sign in first");
        }
        return viewer().memberId();
    }

    /** The signed-in member (for the page header); null when anonymous. */
    public Member getMember() {
        if (member == null && isSignedIn()) {
            try {
                member = members.findMember(viewer().memberId());
            } catch (NotFoundException e) {
                return null;
            }
        }
        return member;
    }

    /**
     * Whether the signed-in member is suspended now (the banner on every page). No query of its own:
     * the member is loaded for the page header anyway.
     */
    public boolean isSuspended() {
        Member signedIn = getMember();
        return signedIn != null && signedIn.isSuspendedAt(Instant.now());
    }

    /** The token cookie-authenticated API writes must send in {@code X-CSRF-Token}. */
    public String getCsrfToken() {
        HttpSession session = request.getSession(false);
        return session == null ? "" : (String) session.getAttribute(QicAuthenticationMechanism.SESSION_CSRF);
    }
}
