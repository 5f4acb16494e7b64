package org.qicommons.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The permission matrix of the issue as data: who (anonymous, signed-in non-member, member,
 * moderator, owner) × group visibility × action, and the HTTP status each cell must answer. The
 * rule, once: PUBLIC is readable by all, MEMBERS by anyone signed in, PRIVATE by its members only;
 * what a caller may not read answers 404 exactly like something that does not exist; a write the
 * caller may not make, on something they can read, answers 403.
 */
final class PermissionMatrix {
    private PermissionMatrix() {}

    enum Who {
        ANONYMOUS,
        NON_MEMBER,
        MEMBER,
        MODERATOR,
        OWNER;

        boolean isGroupMember() {
            return this == MEMBER || this == MODERATOR || this == OWNER;
        }

        boolean moderates() {
            return this == MODERATOR || this == OWNER;
        }
    }

    enum Visibility {
        PUBLIC,
        MEMBERS,
        PRIVATE
    }

    enum Action {
        READ_GROUP,
        LIST_DISCUSSIONS,
        READ_DISCUSSION,
        READ_POST,
        READ_REVISIONS,
        START_DISCUSSION,
        REPLY,
        EDIT_OTHERS_POST,
        DELETE_OTHERS_POST,
        EDIT_OWN_POST,
        HIDE_POST,
        FLAG_POST,
        LOCK_DISCUSSION;

        boolean isRead() {
            return ordinal() <= READ_REVISIONS.ordinal();
        }
    }

    record Cell(Visibility visibility, Who who, Action action, int expected) {
        String name() {
            return visibility + " group, " + who.name().toLowerCase().replace('_', '-') + ": " + action + " → "
                    + expected;
        }
    }

    static boolean canRead(Visibility visibility, Who who) {
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> who != Who.ANONYMOUS;
            case PRIVATE -> who.isGroupMember();
        };
    }

    static int expected(Visibility visibility, Who who, Action action) {
        if (!canRead(visibility, who)) {
            return 404;
        }
        if (action.isRead()) {
            return 200;
        }
        return switch (action) {
            case START_DISCUSSION, REPLY -> who.isGroupMember() ? 201 : 403;
            case EDIT_OTHERS_POST, DELETE_OTHERS_POST -> 403;
            case EDIT_OWN_POST -> 200;
            case HIDE_POST -> who.moderates() ? 200 : 403;
            case FLAG_POST -> who == Who.ANONYMOUS ? 403 : 201;
            case LOCK_DISCUSSION -> who.moderates() ? 204 : 403;
            default -> throw new IllegalArgumentException(action.name());
        };
    }

    /** Every cell; "edit own post" only for those who can have written one. */
    static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) {
            for (Who who : Who.values()) {
                for (Action action : Action.values()) {
                    if (action == Action.EDIT_OWN_POST && !who.isGroupMember()) {
                        continue;
                    }
                    cells.add(new Cell(visibility, who, action, expected(visibility, who, action)));
                }
            }
        }
        return cells;
    }
}
