package org.qicommons.project;

import java.time.Instant;
import java.util.List;
import org.qicommons.member.Member;
import org.qicommons.organisation.Organisation;

/**
 * A project as one viewer may see it, everything a page or an API answer shows, read in one
 * transaction.
 *
 * @param group the group a GROUP project is private to, when the viewer may read that group (a team
 *     member outside it sees that it is private to a group, not which)
 * @param discussedIn the groups it is discussed in that the viewer may read
 */
public record ProjectView(
        Project project,
        List<TeamMember> team,
        List<Organisation> organisations,
        List<Measure> measures,
        List<ChangeIdea> changeIdeas,
        List<PdsaCycle> cycles,
        GroupLink group,
        List<GroupLink> discussedIn,
        boolean canChange) {

    public record TeamMember(Member member, TeamRole role, Instant since) {}

    public record GroupLink(long id, String slug, String name) {}

    public TeamMember lead() {
        return team.stream()
                .filter(member -> member.role() == TeamRole.LEAD)
                .findFirst()
                .orElseThrow();
    }
}
