package org.qicommons.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.qicommons.security.SignInThrottle;
import org.qicommons.security.TooManyAttemptsException;
import org.qicommons.ui.Pages;

/**
 * Sign in through Jakarta Security, so the one authentication mechanism checks the password and
 * changes the session id. Failed attempts are throttled per account and per network address.
 */
@Named
@RequestScoped
public class SignInPage {
    @Inject
    SecurityContext securityContext;

    @Inject
    SignInThrottle throttle;

    @Inject
    HttpServletRequest request;

    private String email;
    private String password;
    private String next;

    public void signIn() {
        Optional<AuthenticationStatus> signedIn;
        try {
            signedIn = throttle.attempt(email, request.getRemoteAddr(), this::authenticate);
        } catch (TooManyAttemptsException e) {
            Pages.error(null, e.getMessage());
            return;
        }
        if (signedIn.isEmpty()) {
            Pages.error("signin:email", "The e-mail address or password is not right.");
            return;
        }
        Pages.redirect(safeNext(next));
    }

    /** Through Jakarta Security, so the mechanism checks the password and changes the session id. */
    private Optional<AuthenticationStatus> authenticate() {
        HttpServletResponse response = (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(
                                email == null ? "" : email.strip(), new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        return Optional.of(status).filter(s -> s == AuthenticationStatus.SUCCESS);
    }

    /** Only a path inside this site, so a link cannot send someone elsewhere after signing in. */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
