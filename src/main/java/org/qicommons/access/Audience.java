package org.qicommons.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who an item is for: its {@link Reach} (with the group, when it reaches one group), its team (who
 * always read it: a project's lead and team, a resource's author) and the organisations it has been
 * shared with (an approved share, withdrawn by removing it).
 */
public record Audience(Reach reach, Long groupId, Set<Long> team, Set<Long> organisations) {
    public Audience {
        if (reach == null) {
            throw new IllegalArgumentException("an audience has a reach");
        }
        if ((reach == Reach.GROUP) != (groupId != null)) {
            throw new IllegalArgumentException("a group is named exactly when the reach is GROUP");
        }
        team = team == null ? Set.of() : Set.copyOf(team);
        organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
    }

    /**
     * The same audience as index terms, the twin of {@link AccessPolicy#canRead} for search: the
     * viewer may read the item exactly when one of these is among {@link
     * AccessPolicy#viewerTerms}.
     */
    public List<String> terms() {
        List<String> terms = new ArrayList<>();
        terms.add(
                switch (reach) {
                    case PUBLIC -> AccessPolicy.PUBLIC_TERM;
                    case MEMBERS -> AccessPolicy.MEMBERS_TERM;
                    case GROUP -> AccessPolicy.groupTerm(groupId);
                    case TEAM -> AccessPolicy.NOBODY_TERM;
                });
        team.forEach(member -> terms.add(AccessPolicy.memberTerm(member)));
        organisations.forEach(organisation -> terms.add(AccessPolicy.organisationTerm(organisation)));
        return terms;
    }
}
