package org.qicommons.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;

/**
 * What backing beans do with a service's answer: put its message on the form field it names,
 * answer 404 (the same for "missing" and "not yours to see"), or redirect after a change so a
 * reload does not post twice.
 */
public final class Pages {
    private Pages() {}

    /** An error message on one input, by its client id (e.g. {@code signup:email}); null for the whole form. */
    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /**
     * Puts a service's complaint on the form field it names, as "Label must not be empty". A field
     * the form does not show goes to the messages at the top of the page.
     */
    public static void invalid(String formId, InvalidInputException e, Map<String, String> labels) {
        invalid(formId, e, labels, UnaryOperator.identity());
    }

    /** As above, for a form whose input ids differ from the service's field names. */
    public static void invalid(
            String formId, InvalidInputException e, Map<String, String> labels, UnaryOperator<String> inputId) {
        String label = e.field() == null ? null : labels.get(e.field());
        if (label == null) {
            error(null, sentence(e.getMessage()));
        } else {
            error(formId + ":" + inputId.apply(e.field()), label + " " + e.getMessage() + ".");
        }
    }

    /** A service message as a sentence: capital first letter, full stop. */
    public static String sentence(String text) {
        if (text == null || text.isEmpty()) {
            return "Something went wrong.";
        }
        String capital = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    /** A message that survives the redirect that follows a change; shown once, by {@link Notice}. */
    public static void done(String text) {
        Notice.keep(text);
    }

    /** Ends the request with the site's "page not found" answer. */
    public static void notFound() {
        sendError(404);
    }

    public static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Redirects (303 after a POST) to a path inside the app, e.g. {@code /group/view.xhtml?slug=x}. */
    public static void redirect(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * Runs a change a member asked for on a page: when the service refuses it, its reason is shown on
     * the form; when it is done, {@code done} is shown after a redirect to {@code then}.
     */
    public static void change(Runnable action, String done, String then) {
        try {
            action.run();
        } catch (ForbiddenException | InvalidInputException | NotFoundException e) {
            error(null, sentence(e.getMessage()));
            return;
        }
        done(done);
        redirect(then);
    }

    /** A request parameter, or null. */
    public static String param(String name) {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
    }

    /** The named request parameters that are present and not blank, trimmed, in the order named (a GET filter). */
    public static java.util.Map<String, String> presentParams(java.util.List<String> names) {
        java.util.Map<String, String> present = new java.util.LinkedHashMap<>();
        for (String name : names) {
            String value = param(name);
            if (value != null && !value.isBlank()) {
                present.put(name, value.strip());
            }
        }
        return present;
    }

    /** A request parameter as a number; null when missing or not a number. */
    public static Long longParam(String name) {
        String value = param(name);
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }
}
