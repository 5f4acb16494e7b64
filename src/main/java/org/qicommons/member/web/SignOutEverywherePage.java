package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.qicommons.member.MemberService;
import org.qicommons.security.CurrentMember;
import org.qicommons.security.QicAuthenticationMechanism;
import org.qicommons.ui.Pages;

/**
 * "Sign out everywhere else" on the profile page: for a lost phone or a shared computer. Ends every
 * other browser session and revokes every personal access token; this browser stays signed in.
 */
@Named
@RequestScoped
public class SignOutEverywherePage {
    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    @Inject
    QicAuthenticationMechanism authentication;

    @Inject
    HttpServletRequest request;

    public void signOutElsewhere() {
        long memberId = current.requireMemberId();
        int tokens = members.revokeAllTokens(memberId);
        authentication.keepThisSession(request, memberId);
        Pages.done("You have been signed out everywhere else"
                + (tokens == 0
                        ? "."
                        : ", and your " + tokens + (tokens == 1 ? " token has" : " tokens have")
                                + " stopped working."));
        Pages.redirect("/member/edit.xhtml");
    }
}
