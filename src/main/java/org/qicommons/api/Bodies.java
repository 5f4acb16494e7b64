package org.qicommons.api;

import org.qicommons.core.InvalidInputException;

/** Guards against a request with no JSON body at all. */
public final class Bodies {
    private Bodies() {}

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "the request needs a JSON body");
        }
        return body;
    }
}
