package org.qicommons.core;

/** Input that breaks a rule; names the field so that forms and API clients can point at it. */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
