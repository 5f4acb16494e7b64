package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.MemberService;
import org.qicommons.ui.Pages;

/** Asks for a password reset link; says the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordPage {
    @Inject
    MemberService members;

    private String email;
    private boolean sent;

    public void send() {
        try {
            members.requestPasswordReset(email);
        } catch (InvalidInputException e) {
            Pages.invalid("forgot", e, Map.of("email", "E-mail address"));
            return;
        }
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
