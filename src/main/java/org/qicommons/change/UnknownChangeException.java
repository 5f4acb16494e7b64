package org.qicommons.change;

/**
 * A change-log entry names a subject or kind this version does not know (written by a newer version,
 * or by hand). Consumers stop at it rather than skip it: skipping would lose the change for good.
 */
public class UnknownChangeException extends IllegalStateException {
    public UnknownChangeException(String message) {
        super(message);
    }
}
