package org.qicommons.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** Sweep the whole map once it has grown by this many keys since the last sweep. */
    static final int SWEEP_EVERY = 1_000;

    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Clock clock;
    private int keysAtLastSweep;

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
            wait = Math.max(wait, wait(keys.get(i), limits[i], now));
        }
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        for (String key : keys) {
            failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
        }
        sweepIfGrown(now);
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
        for (String key : keys) {
            Deque<Instant> times = failures.get(key);
            if (times != null) {
                times.removeLastOccurrence(reserved);
                if (times.isEmpty()) {
                    failures.remove(key);
                }
            }
        }
        failures.remove(keys.get(0));
    }

    private long wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        prune(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return 0;
        }
        if (times.size() < limit) {
            return 0;
        }
        return Math.max(1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds());
    }

    private void sweepIfGrown(Instant now) {
        if (failures.size() - keysAtLastSweep < SWEEP_EVERY) {
            return;
        }
        failures.values().forEach(times -> prune(times, now));
        failures.values().removeIf(Deque::isEmpty);
        keysAtLastSweep = failures.size();
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().plus(WINDOW).isBefore(now)) {
            times.removeFirst();
        }
    }

    /** The account from this address, the address, the account: in the order of the limits. */
    private static List<String> keys(String email, String address) {
        String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return List.of("pair:" + account + "\u0000" + address, "address:" + address, "account:" + account);
    }
}
