package org.qicommons.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Slows down password guessing without letting a guesser lock a member out. Three counts of failed
 * sign-ins within {@link #WINDOW}:
 * <ul>
 * <li>one account from one network address: {@link #MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS} (someone
 * guessing from elsewhere does not stop the member signing in from their own address);</li>
 * <li>one network address, whatever the account: {@link #MAX_FAILURES_PER_ADDRESS};</li>
 * <li>one account from everywhere: {@link #MAX_FAILURES_PER_ACCOUNT}, high enough that only a guesser
 * spread over many addresses reaches it, to slow exactly that.</li>
 * </ul>
 * Each attempt takes its place in all three counts <em>before</em> the password is checked, under one
 * lock, and gives it back if it succeeds: forty guesses sent at once are not all checked because none
 * had failed yet. Kept in memory per instance; entries whose failures have all left the window are
 * swept, so the memory used is bounded by the failures of the last 15 minutes.
 */
@ApplicationScoped
public class SignInThrottle {
    public static final int MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 30;
    public static final int MAX_FAILURES_PER_ACCOUNT = 100;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final int SWEEP_EVERY = SlidingWindow.SWEEP_EVERY;

    private final SlidingWindow failures = new SlidingWindow(WINDOW);
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs one sign-in attempt under the throttle, for every front door alike: refused with
     * {@link TooManyAttemptsException} while too many have failed, and its outcome counted (an empty
     * result is a failure).
     */
    public <T> Optional<T> attempt(String email, String address, Supplier<Optional<T>> signIn) {
        List<String> keys = keys(email, address);
        Instant reserved = reserve(keys);
        Optional<T> result;
        try {
            result = signIn.get();
        } catch (RuntimeException e) {
            release(keys, reserved, false);
            throw e;
        }
        release(keys, reserved, result.isPresent());
        return result;
    }

    /** How many keys are held: for tests, and to see that memory stays bounded. */
    synchronized int size() {
        return failures.size();
    }

    private synchronized Instant reserve(List<String> keys) {
        Instant now = clock.instant();
        long wait = 0;
        int[] limits = {MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_ACCOUNT};
        for (int i = 0; i < keys.size(); i++) {
            wait = Math.max(wait, failures.secondsToWait(keys.get(i), limits[i], now));
        }
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        keys.forEach(key -> failures.add(key, now));
        return now;
    }

    /**
     * A success gives back its places and clears this account's failures from this address (the
     * member proved who they are there); a failure keeps its places.
     */
    private synchronized void release(List<String> keys, Instant reserved, boolean succeeded) {
        if (!succeeded) {
            return;
        }
        keys.forEach(key -> failures.remove(key, reserved));
        failures.clear(keys.get(0));
    }

    /** The account from this address, the address, the account: in the order of the limits. */
    private static List<String> keys(String email, String address) {
        String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return List.of("pair:" + account + "\u0000" + address, "address:" + address, "account:" + account);
    }
}
