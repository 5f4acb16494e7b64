package org.qicommons.discussion.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.PostView;
import org.qicommons.security.CurrentMember;

/**
 * {@code /p/{id}}: a short, lasting address for a post. Sends the reader to the post's place in its
 * thread, or answers "not found" when the post does not exist or the reader may not see it.
 */
@WebServlet("/p/*")
public class PermalinkServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PostView post;
        try {
            post = discussions.findPost(current.viewer(), Long.parseLong(path.substring(1)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(
                "Location",
                request.getContextPath() + "/discussion/view.xhtml?id=" + post.discussionId() + "&post=" + post.id()
                        + "#post-" + post.id());
    }
}
