package org.qicommons.audit;

import java.time.Instant;
import java.util.List;
import org.qicommons.member.Viewer;

/** Writes and reads the audit log. */
public interface AuditLog {
    int MAX_REASON = 1000;
    int MAX_PAGE_SIZE = 100;

    /**
     * Adds a line in the caller's transaction (which must exist: an action and its record commit or
     * roll back together). A null actor is the site itself.
     */
    AuditEvent record(Long actorId, AuditAction action, AuditTarget target, String reason, String detail);

    /** Newest first; administrators only (ForbiddenException for anyone else). */
    AuditPage find(Viewer viewer, Filter filter);

    /** Every part optional; {@code to} is exclusive. */
    record Filter(Long actorId, AuditAction action, Instant from, Instant to, int page, int size) {}

    record AuditPage(List<AuditEvent> events, int page, int size, boolean hasMore) {}
}
