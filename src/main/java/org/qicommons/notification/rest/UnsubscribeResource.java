package org.qicommons.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.notification.NotificationSettingsService;

/**
 * RFC 8058 one-click unsubscribe: the address in each notification e-mail's {@code List-Unsubscribe}
 * header. A mail program POSTs {@code List-Unsubscribe=One-Click} to it, without cookies or a token:
 * the secret key in the address is the proof. Only POST: a link checker that fetches the address
 * must not unsubscribe anyone (the link in the e-mail's text goes to a page with a button).
 */
@Path("unsubscribe")
@RequestScoped
public class UnsubscribeResource {
    @Inject
    NotificationSettingsService settings;

    @Operation(operationId = "unsubscribe", summary = "One-click unsubscribe (RFC 8058) from reply e-mails")
    @POST
    public Response unsubscribe(@QueryParam("key") String key) {
        settings.unsubscribe(key);
        // plain text whatever the caller accepts: a mail program reads only the status
        return Response.ok(
                        "You will get no more e-mails about replies and mentions from QI Commons. You can turn"
                                + " them on again on your notifications page.",
                        MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .build();
    }
}
