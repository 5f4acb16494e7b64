package org.qicommons.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets a page link an input to its error message for screen readers:
 * {@code p:aria-describedby="#{fieldMessages.describedBy('signup:email', 'email-hint')}"} and
 * {@code p:aria-invalid="#{fieldMessages.invalid('signup:email')}"}.
 */
@Named
@RequestScoped
public class FieldMessages {

    public boolean has(String clientId) {
        return FacesContext.getCurrentInstance().getMessages(clientId).hasNext();
    }

    /** The ids describing an input: its hint (may be null) and, when it has one, its error message. */
    public String describedBy(String clientId, String hintId) {
        String error = has(clientId) ? errorId(clientId) : null;
        if (hintId == null || hintId.isEmpty()) {
            return error;
        }
        return error == null ? hintId : hintId + " " + error;
    }

    public String invalid(String clientId) {
        return has(clientId) ? "true" : null;
    }

    /** The id of the element holding an input's error message. */
    public String errorId(String clientId) {
        return clientId.replace(':', '-') + "-error";
    }

    /** A field's error, for the summary at the top of the page. */
    public record Problem(String clientId, String text) {}

    /**
     * Every field error on the page, in the order they were raised: the summary at the top of the
     * page lists them with links to their fields, because a form low on a long page (or a phone)
     * would otherwise come back showing its message out of sight.
     */
    public List<Problem> getSummary() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Problem> problems = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(clientId -> {
            if (clientId != null) {
                var messages = faces.getMessages(clientId);
                if (messages.hasNext()) {
                    problems.add(new Problem(clientId, messages.next().getSummary()));
                }
            }
        });
        return problems;
    }

    public String message(String clientId) {
        var messages = FacesContext.getCurrentInstance().getMessages(clientId);
        return messages.hasNext() ? messages.next().getSummary() : null;
    }
}
