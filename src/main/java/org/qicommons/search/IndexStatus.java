package org.qicommons.search;

/**
 * How the index stands. {@code state}: READY, or REBUILDING with progress ({@code done} of
 * {@code total} documents, {@code perSecond}, {@code etaSeconds}); {@code reason} says why the last
 * rebuild started (missing, stale, corrupt, requested). {@code appliedSeq} is the last change-log
 * entry reflected in search, {@code logHead} the newest committed one.
 */
public record IndexStatus(
        String state,
        long done,
        long total,
        double perSecond,
        long etaSeconds,
        String reason,
        long appliedSeq,
        long logHead,
        long documents) {}
