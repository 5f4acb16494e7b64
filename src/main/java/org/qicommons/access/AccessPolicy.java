package org.qicommons.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.qicommons.member.Viewer;

/**
 * May this viewer read, change or moderate this item? Decided from the item's {@link Audience} and
 * the viewer's member id, verified organisation and site roles, nothing else: adapters never check
 * roles themselves.
 *
 * <ul>
 *   <li>Read: the item's reach lets the viewer in (public; signed in; a reader of its group), or the
 *       viewer is on its team, or it was shared with the viewer's verified organisation. Site roles
 *       do not open an item: a moderator reads what they moderate because it was reported in a place
 *       they can read, as with posts.
 *   <li>Change: the team, while the member may read it.
 *   <li>Moderate (hide, withdraw a share on the author's behalf): site moderators, on what they read.
 * </ul>
 *
 * Twins: {@link Audience#terms()} with {@link #viewerTerms} for the search index, and each
 * feature's JPQL condition for its lists; tests check them against this class.
 */
public final class AccessPolicy {
    static final String PUBLIC_TERM = "public";
    static final String MEMBERS_TERM = "members";
    /** A team-only item's reach term: no viewer holds it, so only the team and shares read it. */
    static final String NOBODY_TERM = "team";

    private AccessPolicy() {}

    public static boolean canRead(Viewer viewer, Audience audience, GroupReaders groups) {
        boolean reached = switch (audience.reach()) {
            case PUBLIC -> true;
            case MEMBERS -> viewer.signedIn();
            case GROUP -> groups.readsGroup(audience.groupId());
            case TEAM -> false;
        };
        return reached
                || (viewer.signedIn() && audience.team().contains(viewer.memberId()))
                || (viewer.organisationId() != null && audience.organisations().contains(viewer.organisationId()));
    }

    public static boolean canChange(Viewer viewer, Audience audience, GroupReaders groups) {
        return viewer.signedIn() && audience.team().contains(viewer.memberId()) && canRead(viewer, audience, groups);
    }

    public static boolean canModerate(Viewer viewer, Audience audience, GroupReaders groups) {
        return viewer.moderatesSite() && canRead(viewer, audience, groups);
    }

    /** The index terms a viewer holds; see {@link Audience#terms()}. */
    public static List<String> viewerTerms(Viewer viewer, Collection<Long> readableGroups) {
        List<String> terms = new ArrayList<>();
        terms.add(PUBLIC_TERM);
        if (viewer.signedIn()) {
            terms.add(MEMBERS_TERM);
            terms.add(memberTerm(viewer.memberId()));
        }
        if (viewer.organisationId() != null) {
            terms.add(organisationTerm(viewer.organisationId()));
        }
        readableGroups.forEach(group -> terms.add(groupTerm(group)));
        return terms;
    }

    /**
     * The index terms of an item filed under its group (its group decides the rest) that was shared
     * with these organisations; null when shared with none (the document then has no audience field).
     */
    public static List<String> sharedTerms(Collection<Long> organisations) {
        return organisations.isEmpty()
                ? null
                : organisations.stream().map(AccessPolicy::organisationTerm).toList();
    }

    /**
     * The parameter value for {@code :viewerId} in a JPQL twin: the member id, or -1 (no member has
     * it) when anonymous.
     */
    public static long viewerIdParameter(Viewer viewer) {
        return viewer.signedIn() ? viewer.memberId() : -1L;
    }

    /** The parameter value for {@code :organisationId} in a JPQL twin; -1 without a verified one. */
    public static long organisationIdParameter(Viewer viewer) {
        return viewer.organisationId() != null ? viewer.organisationId() : -1L;
    }

    static String groupTerm(long groupId) {
        return "group:" + groupId;
    }

    static String memberTerm(long memberId) {
        return "member:" + memberId;
    }

    static String organisationTerm(long organisationId) {
        return "organisation:" + organisationId;
    }
}
