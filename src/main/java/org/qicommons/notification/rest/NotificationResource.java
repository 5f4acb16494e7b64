package org.qicommons.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.MemberRef;
import org.qicommons.api.PageSize;
import org.qicommons.core.InvalidInputException;
import org.qicommons.notification.NotificationService;
import org.qicommons.notification.NotificationService.NotificationPage;
import org.qicommons.notification.NotificationView;
import org.qicommons.security.CurrentMember;

/** The signed-in member's notifications. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {
    @Inject
    NotificationService notifications;

    @Inject
    CurrentMember current;

    public record NotificationJson(
            long id,
            String reason,
            MemberRef actor,
            String text,
            String snippet,
            String url,
            Instant createdAt,
            boolean read) {
        static NotificationJson of(NotificationView view) {
            return new NotificationJson(
                    view.id(),
                    view.reason().name(),
                    view.actor() == null ? null : MemberRef.of(view.actor()),
                    view.sentence(),
                    view.snippet(),
                    view.url(),
                    view.at(),
                    view.read());
        }
    }

    public record NotificationPageJson(List<NotificationJson> items, Long nextBefore, int unread) {}

    /** {@code ids} to mark those read, or {@code all: true} for every one. */
    public record ReadBody(List<Long> ids, Boolean all) {}

    @Operation(operationId = "listNotifications", summary = "Your notifications, newest first")
    @GET
    public NotificationPageJson list(@QueryParam("before") String before, @QueryParam("size") String size) {
        NotificationPage page = notifications.list(current.viewer(), id("before", before), PageSize.parse(size));
        return new NotificationPageJson(
                page.items().stream().map(NotificationJson::of).toList(),
                page.nextBefore(),
                notifications.unreadCount(current.viewer()));
    }

    @Operation(operationId = "markNotificationsRead", summary = "Mark notifications read: {ids} or {all: true}")
    @POST
    @Path("read")
    public NotificationPageJson read(ReadBody body) {
        ReadBody request = Bodies.required(body);
        if (Boolean.TRUE.equals(request.all())) {
            notifications.markAllRead(current.viewer());
        } else if (request.ids() != null && !request.ids().isEmpty()) {
            notifications.markRead(current.viewer(), request.ids());
        } else {
            throw new InvalidInputException("ids", "must name the notifications to mark read (or send all: true)");
        }
        return list(null, null);
    }

    private static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a notification id");
        }
    }
}
