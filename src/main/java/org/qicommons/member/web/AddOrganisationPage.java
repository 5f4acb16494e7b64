package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.organisation.OrganisationType;
import org.qicommons.security.CurrentMember;
import org.qicommons.security.WriteLimits;
import org.qicommons.ui.Pages;

/**
 * "My organisation is not listed" on the profile page: a confirmed member adds their organisation
 * and it becomes theirs. Official types show as unverified until a site administrator verifies them.
 */
@Named
@RequestScoped
public class AddOrganisationPage {
    private static final Map<String, String> FIELDS =
            Map.of("name", "Organisation name", "type", "Type of organisation", "region", "Nation or region");

    @Inject
    OrganisationService organisations;

    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    @Inject
    WriteLimits writeLimits;

    @Inject
    HttpServletRequest request;

    private String name;
    private String type;
    private String region;

    public void add() {
        Member member = current.getMember();
        Organisation added;
        try {
            added = writeLimits.organisation(
                    request.getRemoteAddr(), () -> organisations.addOrganisation(current.viewer(), name, type, region));
        } catch (InvalidInputException e) {
            // a name already listed (a ConflictException) is a message on the name, like any other
            Pages.invalid("add-organisation", e, FIELDS, field -> "organisation-" + field);
            return;
        } catch (ForbiddenException e) {
            Pages.error(null, e.getMessage());
            return;
        }
        members.editProfile(
                member.getId(),
                new MemberService.ProfileChange(
                        member.getDisplayName(), added.getId(), member.getJobTitle(), member.getBio()));
        Pages.done(
                added.getType().isOfficial()
                        ? added.getName() + " has been added as your organisation. It shows as unverified until a site"
                                + " administrator verifies it."
                        : added.getName() + " has been added as your organisation.");
        Pages.redirect("/member/edit.xhtml");
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
