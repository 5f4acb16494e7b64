package org.qicommons.security;

/** Too many failed sign-ins lately; try again after {@link #secondsToWait()}. */
public class TooManyAttemptsException extends RuntimeException {
    private final long secondsToWait;

    public TooManyAttemptsException(long secondsToWait) {
        super("Too many failed sign-in attempts. Try again in " + Math.max(1, (secondsToWait + 59) / 60) + " minutes.");
        this.secondsToWait = secondsToWait;
    }

    public long secondsToWait() {
        return secondsToWait;
    }
}
