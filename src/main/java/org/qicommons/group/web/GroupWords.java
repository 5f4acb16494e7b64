package org.qicommons.group.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.qicommons.group.GroupRole;
import org.qicommons.group.JoinPolicy;
import org.qicommons.group.Visibility;

/** Group settings in plain words, the same on every page: {@code #{groupWords.visibility(g.visibility)}}. */
@Named
@ApplicationScoped
public class GroupWords {

    public String visibility(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "Public";
            case MEMBERS -> "QI Commons members only";
            case PRIVATE -> "Private";
        };
    }

    public String visibilityMeans(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> "Anyone can read it, even without signing in.";
            case MEMBERS -> "Anyone signed in to QI Commons can read it.";
            case PRIVATE -> "Only the group's members can read it. Nobody else can even see that it exists.";
        };
    }

    public String joinPolicy(JoinPolicy policy) {
        return switch (policy) {
            case OPEN -> "Anyone who can read the group can join straight away.";
            case REQUEST -> "People ask to join, and an owner or moderator approves them.";
            case INVITE -> "Only people invited by an owner or moderator can join.";
        };
    }

    public String role(GroupRole role) {
        return switch (role) {
            case OWNER -> "Owner";
            case MODERATOR -> "Moderator";
            case MEMBER -> "Member";
        };
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public JoinPolicy[] getJoinPolicies() {
        return JoinPolicy.values();
    }
}
