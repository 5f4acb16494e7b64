package org.qicommons.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses requests no page or API operation can answer before anything reads them: a method the site
 * does not use (TRACE, which would echo the request's cookies back; WebDAV's PROPFIND and friends) and
 * an address over 8 KB, and an address carrying a session id ({@code ;jsessionid=}). The refusal goes through the site's error answer ({@link
 * org.qicommons.ui.ErrorAnswers}), so it looks like every other error and carries the security headers.
 */
public class RequestGuard extends HttpFilter {
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    /** Characters of path and query; the same limit most servers and proxies use for a request line. */
    public static final int MAX_URL_LENGTH = 8192;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ALLOW);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.isRequestedSessionIdFromURL()) {
            // a session id in the address would let someone fix a victim's session (and it leaks in
            // links and logs): sessions travel in the cookie only, and such an address is refused.
            // Payara takes the id from ";jsessionid=" despite tracking-mode COOKIE, and strips it
            // from getRequestURI(), so this asks the container rather than reading the address.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String query = request.getQueryString();
        int length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_URL_LENGTH) {
            response.sendError(414);
            return;
        }
        chain.doFilter(request, response);
    }
}
