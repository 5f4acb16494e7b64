package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.MemberService;
import org.qicommons.ui.Pages;

/** Sets a new password through the secret in a reset link, then sends the member to sign in. */
@Named
@RequestScoped
public class ResetPasswordPage {
    @Inject
    MemberService members;

    private String token;
    private String password;

    public void reset() {
        try {
            members.resetPassword(token, password);
        } catch (InvalidInputException e) {
            Pages.invalid("reset", e, Map.of("password", "New password"));
            return;
        }
        Pages.done("Your password has been changed. Sign in with your new password.");
        Pages.redirect("/member/signin.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
