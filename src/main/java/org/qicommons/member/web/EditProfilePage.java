package org.qicommons.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** A member changes their own profile; anyone else is sent to sign in. */
@Named
@ViewScoped
public class EditProfilePage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "displayName", "Your name", "organisationId", "Organisation", "jobTitle", "Job title", "bio", "About you");

    @Inject
    MemberService members;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentMember current;

    private Long memberId;
    private String displayName;
    private Long organisationId;
    private String jobTitle;
    private String bio;
    private transient List<Organisation> organisationList;

    @PostConstruct
    void load() {
        if (!current.isSignedIn()) {
            return;
        }
        Member member = current.getMember();
        memberId = member.getId();
        displayName = member.getDisplayName();
        organisationId = member.getOrganisation() == null
                ? null
                : member.getOrganisation().getId();
        jobTitle = member.getJobTitle();
        bio = member.getBio();
    }

    /** Called on every GET: only the member themself may be here. */
    public void requireSignIn() {
        if (memberId == null) {
            Pages.redirect("/member/signin.xhtml?next=/member/edit.xhtml");
        }
    }

    public void save() {
        try {
            members.editProfile(memberId, new MemberService.ProfileChange(displayName, organisationId, jobTitle, bio));
        } catch (InvalidInputException e) {
            Pages.invalid("edit-profile", e, FIELDS, field -> "organisationId".equals(field) ? "organisation" : field);
            return;
        }
        Pages.done("Your profile has been saved.");
        Pages.redirect("/member/view.xhtml?id=" + memberId);
    }

    public List<Organisation> getOrganisations() {
        if (organisationList == null) {
            organisationList = organisations.listOrganisations();
        }
        return organisationList;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }
}
