package org.qicommons.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.notification.NotificationSettingsService;
import org.qicommons.security.CurrentMember;

/**
 * The secret of the member's private feed addresses ({@code /feeds/…?key=}): feeds read with it read
 * as the member. Resetting makes a new one; addresses with the old one stop working.
 */
@Path("me/feed-key")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeedKeyResource {
    @Inject
    NotificationSettingsService settings;

    @Inject
    CurrentMember current;

    public record FeedKeyJson(String key) {}

    @Operation(operationId = "feedKey", summary = "Your private feed key (made on first use)")
    @GET
    public FeedKeyJson get() {
        return new FeedKeyJson(settings.feedKey(current.viewer()));
    }

    @Operation(operationId = "resetFeedKey", summary = "Replace your private feed key")
    @POST
    @Path("reset")
    public FeedKeyJson reset() {
        return new FeedKeyJson(settings.resetFeedKey(current.viewer()));
    }
}
