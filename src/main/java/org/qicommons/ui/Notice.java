package org.qicommons.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;

/**
 * "Your reply has been posted": a message kept in the session across the redirect after a change
 * and shown once by the page template. Faces' own flash scope is not used because Mojarra fails
 * with a server error when a browser sends back a flash cookie from before a restart.
 */
@Named
@RequestScoped
public class Notice {
    private static final String KEY = "qic.notice";

    private String text;
    private boolean taken;

    static void keep(String text) {
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(KEY, text);
    }

    /** The message waiting for this visitor, if any; reading it takes it away. */
    public String getText() {
        if (!taken) {
            taken = true;
            var external = FacesContext.getCurrentInstance().getExternalContext();
            if (external.getSession(false) != null) {
                Map<String, Object> session = external.getSessionMap();
                text = (String) session.remove(KEY);
            }
        }
        return text;
    }
}
