package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.MemberService;
import org.qicommons.security.CurrentMember;
import org.qicommons.security.QicAuthenticationMechanism;
import org.qicommons.ui.Pages;

/** The "Change your password" form on the profile page: the current password, then the new one. */
@Named
@RequestScoped
public class ChangePasswordPage {
    private static final Map<String, String> FIELDS =
            Map.of("currentPassword", "Your current password", "newPassword", "The new password");

    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    @Inject
    QicAuthenticationMechanism authentication;

    @Inject
    HttpServletRequest request;

    private String currentPassword;
    private String newPassword;

    public void change() {
        try {
            members.changePassword(current.requireMemberId(), currentPassword, newPassword);
            authentication.keepThisSession(request, current.requireMemberId());
        } catch (InvalidInputException e) {
            Pages.invalid(
                    "change-password",
                    e,
                    FIELDS,
                    field -> "currentPassword".equals(field) ? "current-password" : "new-password");
            return;
        }
        Pages.done("Your password has been changed. You have been signed out everywhere else, and any app using one"
                + " of your personal access tokens needs a new one.");
        Pages.redirect("/member/edit.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
