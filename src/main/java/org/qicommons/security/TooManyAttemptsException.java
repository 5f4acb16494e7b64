package org.qicommons.security;

import org.qicommons.core.TooManyRequestsException;

/** Too many failed sign-ins lately; try again after {@link #secondsToWait()}. */
public class TooManyAttemptsException extends TooManyRequestsException {
    public TooManyAttemptsException(long secondsToWait) {
        super(
                "Too many failed sign-in attempts. Try again in " + Math.max(1, (secondsToWait + 59) / 60)
                        + " minutes.",
                secondsToWait);
    }
}
