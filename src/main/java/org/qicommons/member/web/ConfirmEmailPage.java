package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.core.ConflictException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.MemberService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * Where the link in the confirmation e-mail (at sign-up, or for a new address) leads: opening it
 * confirms the address (the secret in the link is the proof, so a plain GET will do). Without a link,
 * a member who has not confirmed can have it sent again.
 */
@Named
@RequestScoped
public class ConfirmEmailPage {
    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    private String token;
    private boolean confirmed;
    private boolean failed;
    private boolean resent;
    private boolean taken;
    private String address;

    /** The view action: with a link's secret, confirm. */
    public void confirm() {
        if (token == null || token.isBlank()) {
            return;
        }
        try {
            address = members.confirmEmail(token).getEmail();
            confirmed = true;
        } catch (ConflictException e) {
            failed = true;
            taken = true;
        } catch (InvalidInputException e) {
            failed = true;
        }
    }

    public void resend() {
        if (!current.isSignedIn()) {
            Pages.error(null, "Sign in first, then ask for a new link.");
            return;
        }
        resent = members.sendEmailConfirmation(current.viewer().memberId());
        if (!resent) {
            Pages.error(
                    null, "We have sent you three links in the last hour. Please look for them, or try again later.");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isFailed() {
        return failed;
    }

    /** The address just confirmed: shown to whoever holds the link, which was sent to it. */
    public String getAddress() {
        return address;
    }

    /** A new address another account took between the link being sent and followed. */
    public boolean isTaken() {
        return taken;
    }

    public boolean isResent() {
        return resent;
    }
}
