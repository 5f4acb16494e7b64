package org.qicommons.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qicommons.member.SiteRole;
import org.qicommons.member.Viewer;

class AccessPolicyTest {
    private static final long TEAM_MEMBER = 1L;
    private static final long OUTSIDER = 2L;
    private static final long GROUP = 10L;
    private static final long REGULATOR = 20L;
    private static final long OTHER_ORGANISATION = 21L;

    private static final Viewer ANONYMOUS = Viewer.anonymous();
    private static final Viewer TEAM = Viewer.member(TEAM_MEMBER);
    private static final Viewer MEMBER = Viewer.member(OUTSIDER);
    private static final Viewer INSPECTOR = new Viewer(3L, REGULATOR, Set.of());
    private static final Viewer ELSEWHERE = new Viewer(4L, OTHER_ORGANISATION, Set.of());
    private static final Viewer SITE_MODERATOR = new Viewer(5L, null, Set.of(SiteRole.MODERATOR));

    @Test
    void aPublicItemIsReadByEveryoneAndChangedByItsTeam() {
        Audience audience = new Audience(Reach.PUBLIC, null, Set.of(TEAM_MEMBER), Set.of());
        assertTrue(AccessPolicy.canRead(ANONYMOUS, audience, GroupReaders.none()));
        assertTrue(AccessPolicy.canChange(TEAM, audience, GroupReaders.none()));
        assertFalse(AccessPolicy.canChange(MEMBER, audience, GroupReaders.none()));
        assertFalse(AccessPolicy.canChange(ANONYMOUS, audience, GroupReaders.none()));
    }

    @Test
    void aMembersItemNeedsASignedInViewer() {
        Audience audience = new Audience(Reach.MEMBERS, null, Set.of(), Set.of());
        assertFalse(AccessPolicy.canRead(ANONYMOUS, audience, GroupReaders.none()));
        assertTrue(AccessPolicy.canRead(MEMBER, audience, GroupReaders.none()));
    }

    @Test
    void aGroupItemFollowsTheGroupRule() {
        Audience audience = new Audience(Reach.GROUP, GROUP, Set.of(TEAM_MEMBER), Set.of());
        assertFalse(AccessPolicy.canRead(MEMBER, audience, GroupReaders.none()));
        assertTrue(AccessPolicy.canRead(MEMBER, audience, group -> group == GROUP));
        assertFalse(AccessPolicy.canRead(MEMBER, audience, group -> group == GROUP + 1));
        // the team reads it even after leaving the group
        assertTrue(AccessPolicy.canRead(TEAM, audience, GroupReaders.none()));
    }

    @Test
    void aTeamItemIsReadByItsTeamAndTheOrganisationsItWasSharedWith() {
        Audience audience = new Audience(Reach.TEAM, null, Set.of(TEAM_MEMBER), Set.of(REGULATOR));
        assertTrue(AccessPolicy.canRead(TEAM, audience, GroupReaders.none()));
        assertTrue(AccessPolicy.canRead(INSPECTOR, audience, GroupReaders.none()));
        assertFalse(AccessPolicy.canRead(ELSEWHERE, audience, GroupReaders.none()));
        assertFalse(AccessPolicy.canRead(MEMBER, audience, GroupReaders.none()));
        assertFalse(AccessPolicy.canRead(ANONYMOUS, audience, GroupReaders.none()));
        // reading a shared item is not changing it
        assertFalse(AccessPolicy.canChange(INSPECTOR, audience, GroupReaders.none()));
    }

    @Test
    void siteRolesModerateOnlyWhatTheyRead() {
        Audience open = new Audience(Reach.MEMBERS, null, Set.of(), Set.of());
        Audience closed = new Audience(Reach.TEAM, null, Set.of(TEAM_MEMBER), Set.of());
        assertTrue(AccessPolicy.canModerate(SITE_MODERATOR, open, GroupReaders.none()));
        assertFalse(AccessPolicy.canRead(SITE_MODERATOR, closed, GroupReaders.none()));
        assertFalse(AccessPolicy.canModerate(SITE_MODERATOR, closed, GroupReaders.none()));
        assertFalse(AccessPolicy.canModerate(MEMBER, open, GroupReaders.none()));
    }

    @Test
    void aGroupIsNamedExactlyWhenTheReachIsAGroup() {
        assertThrows(IllegalArgumentException.class, () -> new Audience(Reach.GROUP, null, Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new Audience(Reach.PUBLIC, GROUP, Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new Viewer(null, REGULATOR, Set.of()));
    }

    /** The index twin: every audience against every viewer, with and without the group readable. */
    @Test
    void theIndexTermsAgreeWithThePolicyEverywhere() {
        List<Viewer> viewers = List.of(ANONYMOUS, TEAM, MEMBER, INSPECTOR, ELSEWHERE, SITE_MODERATOR);
        int checked = 0;
        for (Audience audience : audiences()) {
            for (Viewer viewer : viewers) {
                for (boolean readsGroup : new boolean[] {false, true}) {
                    GroupReaders groups = group -> readsGroup && group == GROUP;
                    List<Long> readable = readsGroup ? List.of(GROUP) : List.of();
                    boolean byTerms =
                            !Collections.disjoint(audience.terms(), AccessPolicy.viewerTerms(viewer, readable));
                    assertEquals(
                            AccessPolicy.canRead(viewer, audience, groups),
                            byTerms,
                            () -> viewer + " reading " + audience + " (group readable: " + readsGroup + ")");
                    checked++;
                }
            }
        }
        assertEquals(4 * 4 * 6 * 2, checked);
    }

    private static List<Audience> audiences() {
        List<Audience> all = new ArrayList<>();
        for (Reach reach : Reach.values()) {
            Long group = reach == Reach.GROUP ? GROUP : null;
            for (Set<Long> team : List.of(Set.<Long>of(), Set.of(TEAM_MEMBER))) {
                for (Set<Long> shares : List.of(Set.<Long>of(), Set.of(REGULATOR))) {
                    all.add(new Audience(reach, group, team, shares));
                }
            }
        }
        return all;
    }
}
