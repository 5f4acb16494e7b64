package org.qicommons.audit.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.MemberRef;
import org.qicommons.audit.AuditEvent;
import org.qicommons.audit.AuditLog;
import org.qicommons.audit.AuditLog.AuditPage;
import org.qicommons.audit.AuditParams;
import org.qicommons.security.CurrentMember;

/** The audit log, for site administrators (403 for anyone else). */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditLog audit;

    @Inject
    CurrentMember current;

    public record EventJson(
            long id,
            Instant at,
            MemberRef actor,
            String action,
            String description,
            String targetType,
            long targetId,
            String target,
            String reason,
            String detail) {
        static EventJson of(AuditEvent event) {
            return new EventJson(
                    event.getId(),
                    event.getOccurredAt(),
                    event.getActor() == null ? null : MemberRef.of(event.getActor()),
                    event.getAction().name(),
                    event.getAction().label(),
                    event.target().kind().name(),
                    event.target().id(),
                    event.target().label(),
                    event.getReason(),
                    event.getDetail());
        }
    }

    public record PageJson(List<EventJson> events, int page, int size, boolean hasMore) {}

    /**
     * Newest first. {@code actor}: a member id; {@code action}: one of the audit actions; {@code from}
     * and {@code to}: a date (2026-12-03, UTC; {@code to} includes the whole day) or an instant.
     */
    @Operation(operationId = "readAuditLog", summary = "Who did what, when and why (administrators)")
    @GET
    public PageJson find(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        AuditPage found = audit.find(current.viewer(), AuditParams.filter(actor, action, from, to, page, size));
        return new PageJson(
                found.events().stream().map(EventJson::of).toList(), found.page(), found.size(), found.hasMore());
    }
}
