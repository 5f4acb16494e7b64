package org.qicommons.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * CSRF protection for forms on stateless pages. A Faces postback that says its view is
 * "stateless" is rebuilt from the page alone, so nothing in it proves it came from our page; such a
 * postback must carry the signed-in session's token (written into every form by
 * {@code ReadingViewHandler}), compared in constant time. Without a session there is nothing a
 * stateless form may change, so it is refused too.
 *
 * <p>This also closes a hole stateful pages had: Mojarra accepts {@code ViewState=stateless} for any
 * view, so a forged post could skip the view-state check on a stateful form.
 */
public class FormTokens extends HttpFilter {
    /** The form field holding the token. */
    public static final String PARAMETER = "qic.form-token";

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String STATELESS = "stateless";

    /** The token forms of this request must carry; null when nobody is signed in. */
    public static String tokenOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(QicAuthenticationMechanism.SESSION_CSRF);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && STATELESS.equals(request.getParameter(VIEW_STATE))
                && !matches(tokenOf(request), request.getParameter(PARAMETER))) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers as an expired form does (nothing changed; go back and try again), written here rather
     * than by a Faces page, which would take this POST for another postback.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String home = request.getContextPath() + "/";
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>Please try again – QI Commons</title>"
                        + "<link rel=\"stylesheet\" href=\"" + home + "resources/css/site.css\"></head>"
                        + "<body><main id=\"main\" class=\"wrap\"><div class=\"narrow\" id=\"error-expired\">"
                        + "<h1>Please try again</h1><p>We could not accept what you sent, because the page it came"
                        + " from was not one we gave you in this session (or you have been signed out since)."
                        + " Nothing has been changed.</p><p>Go back, reload the page and try again.</p>"
                        + "<p><a href=\"" + home + "\">Go to the home page</a></p></div></main></body></html>");
    }

    private static boolean matches(String expected, String given) {
        return expected != null
                && given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
