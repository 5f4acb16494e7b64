package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.qicommons.core.ConflictException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.TooManyRequestsException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.security.WriteLimits;
import org.qicommons.ui.Pages;

/**
 * Joining QI Commons. Only listed organisations can be chosen here: adding one needs a confirmed
 * address (anyone could otherwise appear as a regulator), so a newcomer whose organisation is not
 * listed adds it from their profile once they have confirmed.
 */
@Named
@RequestScoped
public class SignUpPage {
    private static final Map<String, String> MEMBER_FIELDS = Map.of(
            "email",
            "E-mail address",
            "displayName",
            "Your name",
            "password",
            "Password",
            "jobTitle",
            "Job title",
            "organisationId",
            "Organisation");

    @Inject
    MemberService members;

    @Inject
    OrganisationService organisations;

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    WriteLimits writeLimits;

    private List<Organisation> organisationList;
    private String displayName;
    private String email;
    private String password;
    private String organisation;
    private String jobTitle;
    private boolean emailTaken;

    public void signUp() {
        Member member;
        try {
            Long organisationId = chosenOrganisation();
            member = writeLimits.signUp(
                    request.getRemoteAddr(),
                    () -> members.signUp(
                            new MemberService.SignUp(email, displayName, password, organisationId, jobTitle)));
        } catch (ConflictException e) {
            if (!"email".equals(e.field())) {
                throw e;
            }
            // the way on for someone who already joined: the page offers signing in with it
            emailTaken = true;
            Pages.error("signup:email", "There is already an account with this e-mail address.");
            return;
        } catch (TooManyRequestsException e) {
            Pages.error(null, e.getMessage());
            return;
        } catch (InvalidInputException e) {
            Pages.invalid("signup", e, MEMBER_FIELDS, field -> "organisationId".equals(field) ? "organisation" : field);
            return;
        }
        HttpServletResponse response = (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(member.getEmail(), new Password(password)))
                        .newAuthentication(true));
        Pages.done("Welcome to QI Commons, " + member.getDisplayName() + ". Join a group to start sharing.");
        Pages.redirect("/");
    }

    private Long chosenOrganisation() {
        if (organisation == null || organisation.isBlank()) {
            return null;
        }
        if (!organisation.matches("\\d{1,18}")) {
            throw new InvalidInputException("organisationId", "must be chosen from the list");
        }
        return Long.valueOf(organisation);
    }

    public List<Organisation> getOrganisations() {
        if (organisationList == null) {
            organisationList = organisations.listOrganisations();
        }
        return organisationList;
    }

    public int getMinPassword() {
        return MemberService.MIN_PASSWORD;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    /** Whether the address typed belongs to a member already (the page then offers to sign in). */
    public boolean isEmailTaken() {
        return emailTaken;
    }
}
