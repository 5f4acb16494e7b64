package org.qicommons.core;

/** The caller can see the thing but may not do this to it (e.g. post in a group they have not joined). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String reason) {
        super(reason);
    }
}
