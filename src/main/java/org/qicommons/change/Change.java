package org.qicommons.change;

import java.time.Instant;

/**
 * One entry of the change log.
 *
 * @param seq its place in the log: consumers apply entries in this order
 * @param actorId the member who made the change, or null when the site did (flags reaching the
 *     threshold, an expired invitation, sample content)
 */
public record Change(long seq, Subject subject, long subjectId, ChangeKind kind, Long actorId, Instant at) {}
