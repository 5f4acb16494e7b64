package org.qicommons.audit;

/**
 * What an action was done to, named as it read at the time (a later rename or deletion does not
 * rewrite the trail).
 */
public record AuditTarget(Kind kind, long id, String label) {
    public enum Kind {
        MEMBER,
        ORGANISATION,
        GROUP,
        DISCUSSION,
        POST
    }

    public static AuditTarget member(long id, String displayName) {
        return new AuditTarget(Kind.MEMBER, id, displayName);
    }

    public static AuditTarget organisation(long id, String name) {
        return new AuditTarget(Kind.ORGANISATION, id, name);
    }

    public static AuditTarget group(long id, String name) {
        return new AuditTarget(Kind.GROUP, id, name);
    }

    public static AuditTarget discussion(long id, String title) {
        return new AuditTarget(Kind.DISCUSSION, id, title == null ? "Discussion " + id : title);
    }

    public static AuditTarget post(long id, String where) {
        return new AuditTarget(Kind.POST, id, where);
    }
}
