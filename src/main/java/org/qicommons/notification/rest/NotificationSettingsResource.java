package org.qicommons.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.core.InvalidInputException;
import org.qicommons.notification.NotificationSettingsService;
import org.qicommons.security.CurrentMember;

/** The signed-in member's e-mail settings. */
@Path("me/notification-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {
    @Inject
    NotificationSettingsService settings;

    @Inject
    CurrentMember current;

    /** {@code emailReplies}: an e-mail at once for each reply to you. */
    public record SettingsJson(Boolean emailReplies) {}

    @Operation(operationId = "getNotificationSettings", summary = "Your e-mail settings")
    @GET
    public SettingsJson get() {
        return new SettingsJson(settings.emailReplies(current.viewer()));
    }

    @Operation(operationId = "changeNotificationSettings", summary = "Change your e-mail settings: {emailReplies}")
    @PUT
    public SettingsJson put(SettingsJson body) {
        Boolean on = Bodies.required(body).emailReplies();
        if (on == null) {
            throw new InvalidInputException("emailReplies", "must be true or false");
        }
        settings.setEmailReplies(current.viewer(), on);
        return get();
    }
}
