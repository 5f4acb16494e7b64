package org.qicommons.core;

/**
 * Refused for now: the caller wrote too much too quickly. A kind of refusal, so every page that
 * shows a refusal's reason shows this one; the API answers 429 with {@code Retry-After}.
 */
public class TooManyRequestsException extends ForbiddenException {
    private final long secondsToWait;

    public TooManyRequestsException(String reason, long secondsToWait) {
        super(reason);
        this.secondsToWait = Math.max(1, secondsToWait);
    }

    public long secondsToWait() {
        return secondsToWait;
    }
}
