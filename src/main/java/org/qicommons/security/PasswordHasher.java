package org.qicommons.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 at the strength OWASP recommends for
 * HMAC-SHA256 (600,000 iterations). A hash is about half a second of CPU: that is the point.
 */
@ApplicationScoped
public class PasswordHasher {
    public static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has, compared against when the e-mail is unknown so timing reveals nothing. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the same time as a real check, for sign-ins with an unknown e-mail. */
    public void burnEquivalentTime(String password) {
        if (decoy == null) {
            decoy = hash("decoy-password-nobody-has");
        }
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
