package org.qicommons.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qicommons.member.Viewer;

/** The permission matrix of issue 2: viewer kind × group visibility × action. */
class PermissionPolicyTest {
    private static final long AUTHOR = 7L;

    enum Kind {
        ANONYMOUS(null, null),
        NON_MEMBER(1L, null),
        MEMBER(2L, GroupRole.MEMBER),
        MODERATOR(3L, GroupRole.MODERATOR),
        OWNER(4L, GroupRole.OWNER),
        AUTHOR_MEMBER(AUTHOR, GroupRole.MEMBER),
        AUTHOR_LEFT(AUTHOR, null);

        final Long id;
        final GroupRole role;

        Kind(Long id, GroupRole role) {
            this.id = id;
            this.role = role;
        }

        Viewer viewer() {
            return id == null ? Viewer.anonymous() : Viewer.member(id);
        }
    }

    /** kind, visibility, read, post, moderate, edit-own (author 7), change roles */
    static Stream<Arguments> matrix() {
        return Stream.of(
                row(Kind.ANONYMOUS, Visibility.PUBLIC, true, false, false, false, false),
                row(Kind.ANONYMOUS, Visibility.MEMBERS, false, false, false, false, false),
                row(Kind.ANONYMOUS, Visibility.PRIVATE, false, false, false, false, false),
                row(Kind.NON_MEMBER, Visibility.PUBLIC, true, false, false, false, false),
                row(Kind.NON_MEMBER, Visibility.MEMBERS, true, false, false, false, false),
                row(Kind.NON_MEMBER, Visibility.PRIVATE, false, false, false, false, false),
                row(Kind.MEMBER, Visibility.PUBLIC, true, true, false, false, false),
                row(Kind.MEMBER, Visibility.MEMBERS, true, true, false, false, false),
                row(Kind.MEMBER, Visibility.PRIVATE, true, true, false, false, false),
                row(Kind.MODERATOR, Visibility.PUBLIC, true, true, true, false, false),
                row(Kind.MODERATOR, Visibility.MEMBERS, true, true, true, false, false),
                row(Kind.MODERATOR, Visibility.PRIVATE, true, true, true, false, false),
                row(Kind.OWNER, Visibility.PUBLIC, true, true, true, false, true),
                row(Kind.OWNER, Visibility.MEMBERS, true, true, true, false, true),
                row(Kind.OWNER, Visibility.PRIVATE, true, true, true, false, true),
                row(Kind.AUTHOR_MEMBER, Visibility.PRIVATE, true, true, false, true, false),
                row(Kind.AUTHOR_LEFT, Visibility.PUBLIC, true, false, false, true, false),
                row(Kind.AUTHOR_LEFT, Visibility.MEMBERS, true, false, false, true, false),
                // an author who left a private group can no longer see, so no longer edit, their posts
                row(Kind.AUTHOR_LEFT, Visibility.PRIVATE, false, false, false, false, false));
    }

    private static Arguments row(
            Kind kind,
            Visibility visibility,
            boolean read,
            boolean post,
            boolean moderate,
            boolean editOwn,
            boolean changeRoles) {
        return Arguments.of(kind, visibility, read, post, moderate, editOwn, changeRoles);
    }

    @ParameterizedTest(name = "{0} in a {1} group: read={2} post={3} moderate={4} edit own={5} roles={6}")
    @MethodSource("matrix")
    void decidesEveryCell(
            Kind kind,
            Visibility visibility,
            boolean read,
            boolean post,
            boolean moderate,
            boolean editOwn,
            boolean changeRoles) {
        Viewer viewer = kind.viewer();
        assertEquals(read, PermissionPolicy.canRead(visibility, viewer, kind.role), "read");
        assertEquals(post, PermissionPolicy.canPost(visibility, viewer, kind.role), "post");
        assertEquals(moderate, PermissionPolicy.canModerate(visibility, viewer, kind.role), "moderate");
        assertEquals(editOwn, PermissionPolicy.canChangeOwnPost(visibility, viewer, kind.role, AUTHOR), "edit own");
        assertEquals(changeRoles, PermissionPolicy.canChangeRoles(visibility, viewer, kind.role), "change roles");
    }

    @ParameterizedTest
    @MethodSource("matrix")
    void aPendingMembershipGivesNoRights(Kind kind, Visibility visibility) {
        if (kind.id == null) {
            return;
        }
        GroupMembership pending = new GroupMembership(1L, null, GroupRole.OWNER, MembershipStatus.REQUESTED, null);
        Group group = new Group("g", "G", null, visibility, JoinPolicy.REQUEST, null);
        GroupAccess access = new GroupAccess(group, kind.viewer(), pending);
        assertEquals(visibility != Visibility.PRIVATE, access.canRead());
        assertEquals(false, access.canPost());
        assertEquals(false, access.canModerate());
    }
}
