package org.qicommons.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.core.ForbiddenException;
import org.qicommons.notification.NotificationService;
import org.qicommons.security.CurrentMember;

/** What is waiting for the signed-in member, for a badge. */
@Path("me/unread")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnreadResource {
    @Inject
    NotificationService notifications;

    @Inject
    CurrentMember current;

    /** {@code notifications}: unread ones the member may still read, counted up to 100. */
    public record UnreadJson(int notifications) {}

    @Operation(operationId = "unread", summary = "Your unread notifications, counted (up to 100)")
    @GET
    public UnreadJson unread() {
        if (!current.viewer().signedIn()) {
            throw new ForbiddenException("sign in to see what is waiting for you");
        }
        return new UnreadJson(notifications.unreadCount(current.viewer()));
    }
}
