package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.qicommons.ui.Pages;

/** The "Sign out" button in every page header: ends the session and goes home. */
@Named
@RequestScoped
public class SignOut {
    @Inject
    HttpServletRequest request;

    public void signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Pages.redirect("/");
    }
}
