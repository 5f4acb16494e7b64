package org.qicommons.discussion.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.core.Checks;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.MarkdownRenderer;

/**
 * What a post will look like: the editor's "Preview" sends the text being written and shows the
 * HTML back, rendered and sanitised exactly as a posted one would be. It reads and writes nothing,
 * so anyone may use it; a signed-in browser still sends its CSRF token, as for every API POST.
 */
@Path("markdown/preview")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreviewResource {

    public record PreviewBody(String text) {}

    public record PreviewJson(String html) {}

    @Operation(
            operationId = "previewMarkdown",
            summary = "What a post's Markdown will look like, rendered and sanitised")
    @POST
    public PreviewJson preview(PreviewBody body) {
        String text = Checks.text("text", Bodies.required(body).text(), DiscussionService.MAX_BODY);
        return new PreviewJson(MarkdownRenderer.toSafeHtml(text));
    }
}
