package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.MemberService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * The "Change your e-mail address" form on the profile page: the current password, then the new
 * address, to which a link is sent; the address changes when that link is followed.
 */
@Named
@RequestScoped
public class ChangeEmailPage {
    private static final Map<String, String> FIELDS =
            Map.of("currentPassword", "Your current password", "newEmail", "The new e-mail address");

    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    private String currentPassword;
    private String newEmail;

    public void change() {
        try {
            members.requestEmailChange(current.requireMemberId(), currentPassword, newEmail);
        } catch (InvalidInputException e) {
            Pages.invalid(
                    "change-email",
                    e,
                    FIELDS,
                    field -> "currentPassword".equals(field) ? "email-current-password" : "new-email");
            return;
        }
        // the same words whether or not the address belongs to another account
        Pages.done("We have sent a link to " + newEmail.strip()
                + ". Your e-mail address changes when you open it; until then, sign in with your current one.");
        Pages.redirect("/member/edit.xhtml");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }
}
