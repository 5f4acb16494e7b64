package org.qicommons.mail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where mail goes (QIC_SMTP_*), who it is from (QIC_MAIL_FROM), and the site's address for links. */
@ApplicationScoped
public class MailSettings {
    @Inject
    @ConfigProperty(name = "qic.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "qic.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "qic.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "qic.smtp.password")
    Optional<String> password;

    /** STARTTLS (required when true); plain SMTP when false, e.g. a relay on the same host. */
    @Inject
    @ConfigProperty(name = "qic.smtp.tls", defaultValue = "true")
    boolean tls;

    @Inject
    @ConfigProperty(name = "qic.mail.from", defaultValue = "QI Commons <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "qic.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** False when no SMTP host is set: mail is then written to the log instead. */
    public boolean smtp() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public boolean tls() {
        return tls;
    }

    public String from() {
        return from;
    }

    public String siteAddress() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
