package org.qicommons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private static final String OWNER = "owner@example.nhs.uk";

    /** A clock the test moves on. */
    private static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-12-03T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Optional<String> fail() {
        return Optional.empty();
    }

    @Test
    void aGuesserElsewhereDoesNotLockTheOwnerOut() {
        SignInThrottle throttle = new SignInThrottle(new Ticking());
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            throttle.attempt(OWNER, "203.0.113.9", SignInThrottleTest::fail);
        }
        assertThrows(
                TooManyAttemptsException.class,
                () -> throttle.attempt(OWNER, "203.0.113.9", SignInThrottleTest::fail),
                "the guesser is slowed down");
        assertEquals(
                Optional.of("signed in"),
                throttle.attempt(OWNER, "198.51.100.7", () -> Optional.of("signed in")),
                "the owner, from their own address, is not");
    }

    @Test
    void oneAddressIsLimitedAcrossAccountsAndAnAccountAcrossAddresses() {
        Ticking clock = new Ticking();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.attempt("member" + i + "@example.org", "203.0.113.9", SignInThrottleTest::fail);
        }
        assertThrows(
                TooManyAttemptsException.class,
                () -> throttle.attempt("someone@example.org", "203.0.113.9", SignInThrottleTest::fail));
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            throttle.attempt(OWNER, "10.0." + (i / 200) + "." + (i % 200), SignInThrottleTest::fail);
        }
        assertThrows(
                TooManyAttemptsException.class,
                () -> throttle.attempt(OWNER, "10.9.9.9", SignInThrottleTest::fail),
                "a guesser spread over many addresses is slowed down too");
        clock.now = clock.now.plus(SignInThrottle.WINDOW).plusSeconds(1);
        assertEquals(Optional.of("ok"), throttle.attempt(OWNER, "10.9.9.9", () -> Optional.of("ok")), "for a while");
    }

    @Test
    void guessesSentAtOnceAreNotAllChecked() throws InterruptedException {
        SignInThrottle throttle = new SignInThrottle(new Ticking());
        AtomicInteger checked = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        for (int i = 0; i < 40; i++) {
            pool.submit(() -> {
                start.await();
                try {
                    return throttle.attempt(OWNER, "203.0.113.9", () -> {
                        checked.incrementAndGet();
                        sleep(Duration.ofMillis(50)); // a password hash takes a while
                        return Optional.empty();
                    });
                } catch (TooManyAttemptsException refused) {
                    return Optional.empty();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(SignInThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, checked.get());
    }

    @Test
    void memoryIsGivenBackWhenFailuresLeaveTheWindow() {
        Ticking clock = new Ticking();
        SignInThrottle throttle = new SignInThrottle(clock);
        int many = 3 * SignInThrottle.SWEEP_EVERY;
        for (int i = 0; i < many; i++) {
            throttle.attempt(
                    "member" + i + "@example.org", "10.1." + (i / 250) + "." + (i % 250), SignInThrottleTest::fail);
        }
        assertEquals(3 * many, throttle.size(), "held while they count: account, address and both");
        clock.now = clock.now.plus(SignInThrottle.WINDOW).plusSeconds(1);
        for (int i = 0; i < SignInThrottle.SWEEP_EVERY; i++) {
            throttle.attempt(
                    "later" + i + "@example.org", "10.2." + (i / 250) + "." + (i % 250), SignInThrottleTest::fail);
        }
        assertTrue(throttle.size() <= 3 * SignInThrottle.SWEEP_EVERY, () -> "only the recent ones: " + throttle.size());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
