package org.qicommons.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.notification.FollowLevel;
import org.qicommons.notification.FollowService;
import org.qicommons.notification.FollowTarget;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** The "Notifications" control on a discussion's, group's, project's and member's page. */
@Named
@RequestScoped
public class FollowPanel {
    /** The choice that means "not following". */
    static final String NONE = "NONE";

    @Inject
    FollowService follows;

    @Inject
    CurrentMember current;

    private String level;

    /** The viewer's level for the target as a choice ({@link #NONE} when not following). */
    public String current(String kind, long id) {
        if (level == null) {
            FollowLevel found = follows.levelOnReadPage(current.viewer(), FollowTarget.valueOf(kind), id);
            level = found == null ? NONE : found.name();
        }
        return level;
    }

    public List<FollowLevel> getLevels() {
        return List.of(FollowLevel.values());
    }

    public void save(String kind, long id, String returnTo) {
        FollowTarget target = FollowTarget.valueOf(kind);
        try {
            if (level == null || NONE.equals(level)) {
                follows.unfollow(current.viewer(), target, id);
                Pages.done("You no longer follow it.");
            } else {
                FollowLevel chosen = FollowLevel.valueOf(level);
                follows.follow(current.viewer(), target, id, chosen);
                Pages.done(
                        switch (chosen) {
                            case EVERYTHING -> "You follow it: you will be told of all its activity.";
                            case REPLIES_AND_MENTIONS -> "You will be told only of replies to you and mentions of you.";
                            case MUTED -> "Muted: you will not be told of anything in it.";
                        });
            }
        } catch (InvalidInputException | ForbiddenException | NotFoundException | IllegalArgumentException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.redirect(returnTo);
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }
}
