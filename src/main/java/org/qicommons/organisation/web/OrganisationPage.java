package org.qicommons.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectService.ProjectList;
import org.qicommons.resource.Resource;
import org.qicommons.resource.ResourceService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * An organisation as a place ({@code /organisation/view.xhtml?id=}): who is in it, the projects it is
 * involved in and the tools it made (those the visitor may read), its members' recent discussions in
 * groups the visitor may read, and counts of what it shared.
 */
@Named
@RequestScoped
public class OrganisationPage {
    static final int SHOWN = 50;

    @Inject
    OrganisationService organisations;

    @Inject
    MemberService members;

    @Inject
    ProjectService projects;

    @Inject
    ResourceService resources;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    private Organisation organisation;
    private List<Member> memberList;
    private ProjectList projectList;
    private List<Resource> resourceList;
    private List<Discussion> discussionList;

    @PostConstruct
    void load() {
        Long id = Pages.longParam("id");
        if (id == null) {
            return;
        }
        try {
            organisation = organisations.findOrganisation(id);
        } catch (NotFoundException e) {
            organisation = null;
        }
    }

    public void check() {
        if (organisation == null) {
            Pages.notFound();
        }
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<Member> getMembers() {
        if (memberList == null) {
            memberList = members.membersOf(organisation.getId(), SHOWN);
        }
        return memberList;
    }

    public long getMemberCount() {
        return members.memberCountOf(organisation.getId());
    }

    public ProjectList getProjects() {
        if (projectList == null) {
            projectList = projects.listProjectsOf(current.viewer(), organisation.getId(), 0, SHOWN);
        }
        return projectList;
    }

    public List<Resource> getResources() {
        if (resourceList == null) {
            resourceList = resources.resourcesOf(current.viewer(), organisation.getId(), SHOWN);
        }
        return resourceList;
    }

    public List<Discussion> getDiscussions() {
        if (discussionList == null) {
            discussionList = discussions.recentDiscussionsByOrganisation(current.viewer(), organisation.getId(), 10);
        }
        return discussionList;
    }
}
