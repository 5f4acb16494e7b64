package org.qicommons.core;

/**
 * The thing asked for does not exist, or the caller may not see it. Both cases use this one
 * exception so that nothing private can be told apart from nothing at all.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
