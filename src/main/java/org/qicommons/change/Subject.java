package org.qicommons.change;

/**
 * What kind of thing a change-log entry is about; its id is that thing's id. Stored by name in
 * {@code change_log.entity_type}. Every subject must have a consumer that knows it (the search
 * index refuses to start otherwise), so adding one here means saying what it means for search.
 */
public enum Subject {
    MEMBER,
    /** An organisation's verification changed: its members' documents carry its type. */
    ORGANISATION,
    GROUP,
    /** A group membership; after {@link ChangeKind#ENDED} the row is gone and only its id remains. */
    MEMBERSHIP,
    DISCUSSION,
    POST,
    /** A QI project, or anything inside it (team, measures, change ideas, PDSA cycles). */
    PROJECT,
    /** A shared resource (tool or learning), or a "we adapted this" on it. */
    RESOURCE,
    /** A request to share an item with an organisation: asked, approved, declined, withdrawn. */
    SHARE
}
