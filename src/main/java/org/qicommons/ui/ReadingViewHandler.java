package org.qicommons.ui;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.qicommons.security.FormTokens;

/**
 * Makes forms work on stateless reading pages. Reading pages keep no view state (an anonymous
 * reader costs no session), so a form on them cannot rely on Faces' view state, either to find its
 * data again or to prove it came from our page:
 * <ul>
 * <li>a form posts back to the very address it was shown at, query string included, so the
 * request-scoped page bean loads the same discussion or group on the postback as on the GET;</li>
 * <li>every form a signed-in member sees carries the session's form token, which
 * {@link FormTokens} checks on each stateless postback (the synchroniser-token pattern).</li>
 * </ul>
 */
public class ReadingViewHandler extends ViewHandlerWrapper {
    public ReadingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        if (context.getViewRoot() == null
                || !viewId.equals(context.getViewRoot().getViewId())
                || !(context.getExternalContext().getRequest() instanceof HttpServletRequest request)
                || request.getQueryString() == null
                || url.contains("?")) {
            return url;
        }
        return url + "?" + request.getQueryString();
    }

    @Override
    public void writeState(FacesContext context) throws IOException {
        super.writeState(context);
        String token = FormTokens.tokenOf(
                (HttpServletRequest) context.getExternalContext().getRequest());
        if (token != null) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", FormTokens.PARAMETER, null);
            writer.writeAttribute("value", token, null);
            writer.endElement("input");
        }
    }
}
