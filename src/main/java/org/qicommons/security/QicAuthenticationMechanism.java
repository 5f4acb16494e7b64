package org.qicommons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;

/**
 * The one authentication mechanism, consulted on every request:
 * <ul>
 * <li>{@code Authorization: Bearer <token>}: an API call with a personal access token;</li>
 * <li>a credential passed by the sign-in page through {@code SecurityContext.authenticate}: checks
 * the password, changes the session id (against session fixation) and remembers the member in the
 * session;</li>
 * <li>otherwise the member remembered in the session, if any; else the caller is anonymous.</li>
 * </ul>
 * The caller principal's name is the member id.
 */
@ApplicationScoped
public class QicAuthenticationMechanism implements HttpAuthenticationMechanism {
    /** Session attribute holding the signed-in member's id. */
    public static final String SESSION_MEMBER = "qic.memberId";
    /** Session attribute: the member's session generation when they signed in ({@link SessionGenerations}). */
    public static final String SESSION_GENERATION = "qic.sessionGeneration";
    /** Session attribute holding the CSRF token that cookie-authenticated API writes must echo. */
    public static final String SESSION_CSRF = "qic.csrf";
    /** Request attribute: how this request was authenticated ("session" or "bearer"). */
    public static final String AUTHENTICATED_BY = "qic.authenticatedBy";

    /** How long a signed-in session lasts without a request; anonymous form sessions lapse sooner (web.xml). */
    static final int SIGNED_IN_IDLE_SECONDS = 120 * 60;

    private static final Set<String> ROLES = Set.of("member");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MemberService members;

    @Inject
    SessionGenerations generations;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(password, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_MEMBER) instanceof Long memberId) {
            if (!stillCounts(session, memberId)) {
                // signed out everywhere (or the password changed) since this session signed in
                session.invalidate();
                return context.doNothing();
            }
            request.setAttribute(AUTHENTICATED_BY, "session");
            return context.notifyContainerAboutLogin(memberId.toString(), ROLES);
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(
            String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<Long> memberId = members.memberForToken(token);
        if (memberId.isEmpty()) {
            try {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Bearer");
                response.setContentType("application/problem+json");
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                                + "\"detail\":\"The access token is not valid.\",\"field\":\"Authorization\"}");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.setAttribute(AUTHENTICATED_BY, "bearer");
        return context.notifyContainerAboutLogin(memberId.get().toString(), ROLES);
    }

    private AuthenticationStatus signIn(
            UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        Optional<Member> member = members.authenticate(credential.getCaller(), credential.getPasswordAsString());
        if (member.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_MEMBER, member.get().getId());
        session.setAttribute(SESSION_GENERATION, member.get().getSessionGeneration());
        session.setAttribute(SESSION_CSRF, newCsrfToken());
        session.setMaxInactiveInterval(SIGNED_IN_IDLE_SECONDS);
        request.setAttribute(AUTHENTICATED_BY, "session");
        return context.notifyContainerAboutLogin(member.get().getId().toString(), ROLES);
    }

    /** Sessions from before this attribute existed count as generation 0. */
    private boolean stillCounts(HttpSession session, long memberId) {
        int signedInAt = session.getAttribute(SESSION_GENERATION) instanceof Integer generation ? generation : 0;
        return signedInAt == generations.current(memberId);
    }

    /**
     * Keeps this session signed in after the member ended all their others from it (a password
     * change, "sign out everywhere" on the profile page).
     */
    public void keepThisSession(HttpServletRequest request, long memberId) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_GENERATION, members.sessionGeneration(memberId));
        }
    }

    private static String newCsrfToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
