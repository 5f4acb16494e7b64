package org.qicommons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qicommons.core.TooManyRequestsException;

/**
 * How much one member may post or invite by e-mail address, and one network address may sign up or
 * add organisations, in an hour (posts and invitations are counted by the services that make them;
 * sign-ups and organisations at the pages and API that take them, which know the address). A new account (younger than {@code qic.limits.new.hours}) gets a
 * smaller allowance for posts: spam comes from fresh accounts. Beyond an allowance the write is
 * refused with {@link TooManyRequestsException} (429 and {@code Retry-After} in the API, the reason on
 * the page). Counts are kept in memory per instance over a sliding hour, and swept.
 */
@ApplicationScoped
public class WriteLimits {
    static final Duration WINDOW = Duration.ofHours(1);
    /** Writes the application makes itself (the sample content) are not a member's and not counted. */
    private static final ThreadLocal<Boolean> UNLIMITED = ThreadLocal.withInitial(() -> false);

    @Inject
    @ConfigProperty(name = "qic.limits.posts.per.hour", defaultValue = "60")
    int postsPerHour;

    @Inject
    @ConfigProperty(name = "qic.limits.posts.per.hour.new", defaultValue = "10")
    int postsPerHourNew;

    @Inject
    @ConfigProperty(name = "qic.limits.new.hours", defaultValue = "24")
    int newAccountHours;

    @Inject
    @ConfigProperty(name = "qic.limits.signups.per.hour", defaultValue = "50")
    int signUpsPerHour;

    @Inject
    @ConfigProperty(name = "qic.limits.organisations.per.hour", defaultValue = "10")
    int organisationsPerHour;

    @Inject
    @ConfigProperty(name = "qic.limits.invitations.per.hour", defaultValue = "30")
    int invitationsPerHour;

    private final SlidingWindow writes = new SlidingWindow(WINDOW);
    private final Clock clock = Clock.systemUTC();

    /** Runs {@code work} with no limits: for what the application itself writes. */
    public static <T> T unlimited(Supplier<T> work) {
        UNLIMITED.set(true);
        try {
            return work.get();
        } finally {
            UNLIMITED.remove();
        }
    }

    /** Counts one post by this member, or refuses it. */
    public void post(long memberId, Instant memberSince) {
        boolean isNew =
                memberSince != null && memberSince.isAfter(clock.instant().minus(Duration.ofHours(newAccountHours)));
        take(
                "post:" + memberId,
                isNew ? postsPerHourNew : postsPerHour,
                isNew
                        ? "New members can post " + postsPerHourNew + " times an hour at first."
                        : "You have posted " + postsPerHour + " times in the last hour.");
    }

    /**
     * Adds an organisation from this network address, or refuses to; one refused for its input
     * does not count.
     */
    public <T> T organisation(String address, Supplier<T> add) {
        return counted(
                "organisation:" + address,
                organisationsPerHour,
                organisationsPerHour + " organisations have been added from your network in the last hour.",
                add);
    }

    /**
     * Invites an e-mail address on behalf of this member, or refuses to: each such invitation may send
     * a message to anyone, so the site must not become a way to mail strangers in bulk. One refused
     * for its input does not count.
     */
    public <T> T invitation(long memberId, Supplier<T> invite) {
        return counted(
                "invitation:" + memberId,
                invitationsPerHour,
                "You have invited " + invitationsPerHour + " e-mail addresses in the last hour.",
                invite);
    }

    /**
     * Signs someone up from this network address, or refuses to; a sign-up refused for its input
     * (a typo, an address in use) does not count. Generous by default: a whole ward may sign up
     * together from one NHS network address.
     */
    public <T> T signUp(String address, Supplier<T> signUp) {
        return counted(
                "signup:" + address,
                signUpsPerHour,
                "Too many accounts have been made from your network in the last hour.",
                signUp);
    }

    private <T> T counted(String key, int allowed, String reason, Supplier<T> work) {
        Instant taken = take(key, allowed, reason);
        try {
            return work.get();
        } catch (RuntimeException e) {
            giveBack(key, taken);
            throw e;
        }
    }

    private synchronized void giveBack(String key, Instant taken) {
        if (taken != null) {
            writes.remove(key, taken);
        }
    }

    private synchronized Instant take(String key, int allowed, String reason) {
        if (UNLIMITED.get() || allowed <= 0) {
            return null;
        }
        Instant now = clock.instant();
        long wait = writes.secondsToWait(key, allowed, now);
        if (wait > 0) {
            throw new TooManyRequestsException(
                    reason + " Please try again in " + Math.max(1, (wait + 59) / 60) + " minutes.", wait);
        }
        writes.add(key, now);
        return now;
    }
}
