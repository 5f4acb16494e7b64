package org.qicommons.testing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.qicommons.member.MemberService;

/**
 * Fixture builders for members (and the unique names tests need). Every e-mail and name is unique
 * for the run, because a test database is shared by every test of a class (and, on PostgreSQL, by
 * every class), so no test may rely on another's data or on running first.
 */
public final class SampleMembers {
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    public static final String PASSWORD = "correct horse battery staple";

    private SampleMembers() {}

    /** What a person gives when signing up. */
    public record NewMember(String email, String displayName, String password, String jobTitle) {
        public JsonObjectBuilder json() {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("email", email)
                    .add("displayName", displayName)
                    .add("password", password);
            return jobTitle == null ? json : json.add("jobTitle", jobTitle);
        }

        public MemberService.SignUp signUp(Long organisationId) {
            return new MemberService.SignUp(email, displayName, password, organisationId, jobTitle);
        }
    }

    public static NewMember practitioner() {
        return named("Practitioner", "Improvement advisor");
    }

    public static NewMember named(String displayName, String jobTitle) {
        return new NewMember(uniqueEmail(displayName), displayName, PASSWORD, jobTitle);
    }

    /** An e-mail address nobody else in this run has, readable in logs. */
    public static String uniqueEmail(String hint) {
        String local = hint.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
        return local + "." + RUN + "." + COUNTER.incrementAndGet() + "@example.org";
    }

    /** {@code base} with a suffix unique in this run: for group and organisation names. */
    public static String unique(String base) {
        return base + " " + RUN + "-" + COUNTER.incrementAndGet();
    }
}
