package org.qicommons.api;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * An empty request body is no body: the operation then says which body it needed ({@link Bodies}).
 * Without this, the same empty POST was "no body" over HTTP/2 but "not valid JSON" over HTTP/1.1,
 * where clients send {@code Content-Length: 0} and JSON-B is handed an empty stream.
 */
@Provider
public class EmptyBodies implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
        int first = body.read();
        if (first == -1) {
            return null;
        }
        body.unread(first);
        context.setInputStream(body);
        return context.proceed();
    }
}
