package org.qicommons.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.qicommons.security.QicAuthenticationMechanism;

/**
 * An API write authenticated by the session cookie (the browser, not a token holder) must echo the
 * session's CSRF token in {@code X-CSRF-Token}; another site can make the browser send the cookie,
 * but cannot read the token. Token-authenticated and anonymous calls need no header.
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod())
                || !"session".equals(request.getAttribute(QicAuthenticationMechanism.AUTHENTICATED_BY))) {
            return;
        }
        var session = request.getSession(false);
        String expected =
                session == null ? null : (String) session.getAttribute(QicAuthenticationMechanism.SESSION_CSRF);
        String given = context.getHeaderString(HEADER);
        if (expected == null
                || given == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            context.abortWith(Problem.response(
                    Status.FORBIDDEN,
                    "A signed-in browser request that changes data needs the " + HEADER + " header.",
                    HEADER));
        }
    }
}
