package org.qicommons.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES_PER_ACCOUNT} failed sign-ins for one
 * e-mail address, or {@link #MAX_FAILURES_PER_ADDRESS} from one network address, within
 * {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window. Kept in
 * memory per instance: enough against one guesser, and nothing to clean up.
 */
@ApplicationScoped
public class SignInThrottle {
    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /**
     * Runs one sign-in attempt under the throttle, for every front door alike: refused with
     * {@link TooManyAttemptsException} while too many have failed, and its outcome counted (an empty
     * result is a failure).
     */
    public <T> Optional<T> attempt(String email, String address, Supplier<Optional<T>> signIn) {
        long wait = secondsToWait(email, address);
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        Optional<T> result = signIn.get();
        if (result.isPresent()) {
            succeeded(email);
        } else {
            failed(email, address);
        }
        return result;
    }

    /** Seconds to wait before trying again, or 0 if an attempt is allowed now. */
    public long secondsToWait(String email, String address) {
        Instant now = Instant.now();
        return Math.max(
                wait(accountKey(email), MAX_FAILURES_PER_ACCOUNT, now),
                wait(addressKey(address), MAX_FAILURES_PER_ADDRESS, now));
    }

    public void failed(String email, String address) {
        Instant now = Instant.now();
        record(accountKey(email), now);
        record(addressKey(address), now);
    }

    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    private long wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return 0;
            }
            return Math.max(
                    1, Duration.between(now, times.peekFirst().plus(WINDOW)).toSeconds());
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().plus(WINDOW).isBefore(now)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
