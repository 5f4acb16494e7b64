package org.qicommons.moderation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.MemberRef;
import org.qicommons.core.Checks;
import org.qicommons.core.InvalidInputException;
import org.qicommons.moderation.ModerationAction;
import org.qicommons.moderation.ModerationService;
import org.qicommons.moderation.PostFlag;
import org.qicommons.moderation.QueueItem;
import org.qicommons.security.CurrentMember;

/** The moderation queue and moderators' actions (403 for anyone who moderates nothing). */
@Path("moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationResource {
    private static final int EXCERPT = 500;

    @Inject
    ModerationService moderation;

    @Inject
    CurrentMember current;

    public record FlagJson(String reason, String note, MemberRef flaggedBy, Instant createdAt) {
        static FlagJson of(PostFlag flag) {
            return new FlagJson(
                    flag.getReason().name(), flag.getNote(), MemberRef.of(flag.getFlagger()), flag.getCreatedAt());
        }
    }

    public record QueueItemJson(
            long postId,
            long discussionId,
            String discussionTitle,
            String groupSlug,
            String groupName,
            MemberRef author,
            String text,
            boolean hidden,
            List<FlagJson> flags) {
        static QueueItemJson of(QueueItem item) {
            String body = item.post().getBody();
            return new QueueItemJson(
                    item.post().getId(),
                    item.discussion().getId(),
                    item.discussion().getTitle(),
                    item.discussion().getGroup() == null
                            ? null
                            : item.discussion().getGroup().getSlug(),
                    item.discussion().getGroup() == null
                            ? null
                            : item.discussion().getGroup().getName(),
                    MemberRef.of(item.post().getAuthor()),
                    body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…",
                    item.post().isHidden(),
                    item.flags().stream().map(FlagJson::of).toList());
        }
    }

    /**
     * {@code action}: HIDE or RESTORE (postId), LOCK, UNLOCK or MOVE (discussionId; MOVE with groupSlug),
     * SUSPEND (memberId, until: a date or an instant, and a reason) or UNSUSPEND (memberId).
     */
    public record ActionBody(
            String action,
            Long postId,
            Long discussionId,
            Long memberId,
            String groupSlug,
            String reason,
            String until) {}

    @Operation(operationId = "moderationQueue", summary = "Flagged posts waiting for review, for moderators")
    @GET
    @Path("queue")
    public List<QueueItemJson> queue() {
        return moderation.queue(current.viewer()).stream()
                .map(QueueItemJson::of)
                .toList();
    }

    @Operation(operationId = "moderate", summary = "Hide, restore, lock, unlock, move or suspend (moderators)")
    @POST
    @Path("actions")
    public Response act(ActionBody body) {
        ActionBody request = Bodies.required(body);
        moderation.act(
                current.viewer(),
                new ModerationAction(
                        Checks.oneOf("action", request.action(), ModerationAction.Kind.class),
                        request.postId(),
                        request.discussionId(),
                        request.memberId(),
                        request.groupSlug(),
                        request.reason(),
                        until(request.until())));
        return Response.noContent().build();
    }

    /** A date (the suspension ends at its start, UTC) or an instant such as 2027-01-31T09:00:00Z. */
    static Instant until(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            Instant at = text.length() <= 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
            int year = at.atOffset(ZoneOffset.UTC).getYear();
            if (year > 9999) {
                throw new InvalidInputException("until", "must be within ten years");
            }
            return at;
        } catch (DateTimeException e) {
            throw new InvalidInputException(
                    "until", "must be a date such as 2027-01-31 or a time such as 2027-01-31T09:00:00Z");
        }
    }
}
