package org.qicommons.config;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When each piece of sample content should appear to have happened. The services stamp everything
 * with "now"; {@link SampleContent} moves the rows back to these times once they are written.
 */
final class SampleTimeline {
    /**
     * Set {@code column} to {@code at} in the rows of {@code table} whose {@code key} is {@code id}. The
     * names are constants from this package, never input.
     */
    record Stamp(String table, String column, String key, long id, Instant at) {}

    private final ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    private final List<Stamp> stamps = new ArrayList<>();

    /** A moment {@code years}, {@code months} and {@code days} before now, at {@code hour}:{@code minute} UTC. */
    Instant ago(int years, int months, int days, int hour, int minute) {
        return now.minusYears(years)
                .minusMonths(months)
                .minusDays(days)
                .withHour(hour)
                .withMinute(minute)
                .withSecond(0)
                .withNano(0)
                .toInstant();
    }

    Instant plusMinutes(Instant at, long minutes) {
        return at.plusSeconds(60 * minutes);
    }

    void created(String table, long id, Instant at) {
        stamps.add(new Stamp(table, "created_at", "id", id, at));
    }

    /**
     * A site administrator verified the organisation at {@code at}. Sample content is loaded before
     * the site has any administrator, so it is stamped here, like the times.
     */
    void verified(long organisationId, Instant at) {
        stamps.add(new Stamp("organisation", "verified_at", "id", organisationId, at));
    }

    /** A post written at {@code writtenAt} and edited once at {@code editedAt}: the post and its one revision. */
    void edited(long postId, Instant writtenAt, Instant editedAt) {
        stamps.add(new Stamp("post", "edited_at", "id", postId, editedAt));
        stamps.add(new Stamp("post_revision", "written_at", "post_id", postId, writtenAt));
        stamps.add(new Stamp("post_revision", "replaced_at", "post_id", postId, editedAt));
    }

    /** A project started at {@code started}, its team formed then, and last changed at {@code changed}. */
    void project(long projectId, Instant started, Instant changed) {
        stamps.add(new Stamp("project", "created_at", "id", projectId, started));
        stamps.add(new Stamp("project", "updated_at", "id", projectId, changed));
        stamps.add(new Stamp("project_team", "added_at", "project_id", projectId, started));
    }

    /** A resource shared at {@code shared}, and adapted (every adaptation of it) at {@code adapted}. */
    void resource(long resourceId, Instant shared, Instant adapted) {
        stamps.add(new Stamp("resource", "created_at", "id", resourceId, shared));
        stamps.add(new Stamp("resource", "updated_at", "id", resourceId, shared));
        stamps.add(new Stamp("resource_adaptation", "created_at", "resource_id", resourceId, adapted));
    }

    /** A share asked for and approved at {@code at}. */
    void shared(long shareId, Instant at) {
        stamps.add(new Stamp("share", "requested_at", "id", shareId, at));
        stamps.add(new Stamp("share", "decided_at", "id", shareId, at));
    }

    List<Stamp> stamps() {
        return List.copyOf(stamps);
    }
}
