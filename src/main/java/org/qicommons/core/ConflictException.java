package org.qicommons.core;

/** The input is well formed but clashes with what exists (an e-mail already registered, a slug taken). */
public class ConflictException extends InvalidInputException {
    public ConflictException(String field, String reason) {
        super(field, reason);
    }
}
