package org.qicommons.ui;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.qicommons.security.RequestGuard;
import org.qicommons.security.SecurityHeadersFilter;

/**
 * The answer to any error the container raises itself (a refused method, an address too long, a
 * malformed request) that no page or API operation answered: problem+json under {@code /api/}, a plain
 * page of the site's own elsewhere, never the server's error page. It writes the answer itself rather
 * than forwarding to a Faces page, because Faces refuses the very methods that end up here.
 */
public class ErrorAnswers extends HttpServlet {
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request could not be understood.",
            405, "This address does not accept that kind of request.",
            413, "The request is too large.",
            414, "The address is too long: at most " + RequestGuard.MAX_URL_LENGTH + " characters.",
            415, "The request body is not in a format this address accepts.");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = (uri == null ? request.getRequestURI() : uri.toString())
                .substring(request.getContextPath().length());
        String title = reason(status);
        String detail = DETAILS.getOrDefault(
                status,
                status >= 500
                        ? "Something went wrong on our side. Please try again in a few minutes."
                        : "The request could not be answered.");
        write(request, response, path, status, title, "Sorry, we could not answer that request", detail);
    }

    /**
     * Writes an error answer, for this servlet and for filters that answer before any page does (a
     * 503 when the app is too busy): problem+json under {@code /api/}, a plain page of the site's
     * elsewhere, with the security headers, never cached.
     */
    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            String path,
            int status,
            String title,
            String heading,
            String detail)
            throws IOException {
        SecurityHeadersFilter.addTo(response);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (path.startsWith("/api/") || path.equals("/api")) {
            JsonObjectBuilder problem = Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(problem.build().toString());
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page(title, heading, detail, request.getContextPath()));
        }
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 405 ? "Method Not Allowed" : status == 414 ? "URI Too Long" : "Error";
    }

    private static String page(String title, String heading, String detail, String contextPath) {
        String home = Html.escape(contextPath + "/");
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " – QI Commons</title>"
                + "<link rel=\"stylesheet\" href=\"" + Html.escape(contextPath) + "/resources/css/site.css\">"
                + "</head><body><main id=\"error-answer\" class=\"narrow\">"
                + "<h1>" + Html.escape(heading) + "</h1><p>" + Html.escape(detail) + "</p>"
                + "<p><a href=\"" + home + "\">Go to the QI Commons home page</a></p></main></body></html>";
    }
}
