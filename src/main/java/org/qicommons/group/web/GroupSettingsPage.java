package org.qicommons.group.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A group's settings, for its owners: name, description, who can read it, how people join, and
 * archiving. Others who can read the group are told who can change them; others see "not found".
 */
@Named
@RequestScoped
public class GroupSettingsPage {
    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    private String slug;
    private GroupAccess access;
    private GroupForm form = new GroupForm();

    /** Fills the form with the group as it is; a postback then overwrites what was sent. */
    @PostConstruct
    void load() {
        slug = Pages.param("slug");
        try {
            access = groups.findGroup(current.viewer(), slug);
        } catch (NotFoundException e) {
            access = null;
            return;
        }
        form = GroupForm.of(access.group());
    }

    public void check() {
        if (access == null) {
            Pages.notFound();
        }
    }

    public void save() {
        try {
            groups.changeGroup(
                    current.viewer(),
                    slug,
                    new GroupService.GroupChange(
                            form.getName(),
                            form.getDescription() == null ? "" : form.getDescription(),
                            form.getVisibility(),
                            form.getJoinPolicy()));
        } catch (InvalidInputException e) {
            Pages.invalid("settings", e, GroupForm.LABELS);
            return;
        } catch (ForbiddenException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("The group's settings have been saved.");
        Pages.redirect(groupAddress());
    }

    public void archive() {
        Pages.change(
                () -> groups.archiveGroup(current.viewer(), slug, true),
                "The group is archived. Everyone who could read it still can; nobody can post or join.",
                groupAddress());
    }

    public void restore() {
        Pages.change(
                () -> groups.archiveGroup(current.viewer(), slug, false), "The group is open again.", groupAddress());
    }

    private String groupAddress() {
        return "/group/view.xhtml?slug=" + access.group().getSlug();
    }

    public GroupAccess getAccess() {
        return access;
    }

    public GroupForm getForm() {
        return form;
    }
}
