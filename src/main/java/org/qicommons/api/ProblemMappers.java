package org.qicommons.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qicommons.core.ConflictException;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.core.TooManyRequestsException;
import org.qicommons.core.UniqueKeys;

/** Every refusal becomes a problem+json response; nothing reaches the client as a stack trace. */
public final class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property ['\"]?(\\w+)");

    private ProblemMappers() {}

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Status.NOT_FOUND, e.getMessage(), null);
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.response(Status.FORBIDDEN, e.getMessage(), null);
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            Status status = e instanceof ConflictException ? Status.CONFLICT : Status.BAD_REQUEST;
            return Problem.response(status, e.field() + " " + e.getMessage(), e.field());
        }
    }

    /** Too many writes, or failed sign-ins, lately: 429 with Retry-After. */
    @Provider
    public static class TooManyWrites implements ExceptionMapper<TooManyRequestsException> {
        @Override
        public Response toResponse(TooManyRequestsException e) {
            Response problem = Problem.response(Status.TOO_MANY_REQUESTS, e.getMessage(), null);
            return Response.fromResponse(problem)
                    .header("Retry-After", e.secondsToWait())
                    .build();
        }
    }

    /** Malformed JSON, or a value of the wrong type. */
    @Provider
    public static class BadJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return badJson(e);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return badJson(e);
        }
    }

    /** JAX-RS's own answers (unknown path, wrong method, unsupported media type ...) in the same shape. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return badJson(e.getCause());
            }
            if (e.getCause() instanceof NoContentException) {
                return Problem.response(Status.BAD_REQUEST, "the request needs a JSON body", "body");
            }
            String detail = status.getStatusCode() == 404 ? "Not found" : status.getReasonPhrase();
            return Problem.response(status, detail, null);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof InvalidInputException invalid) {
                    return new Invalid().toResponse(invalid);
                }
                if (cause instanceof NotFoundException notFound) {
                    return new NotFound().toResponse(notFound);
                }
                if (cause instanceof TooManyRequestsException tooMany) {
                    return new TooManyWrites().toResponse(tooMany);
                }
                if (cause instanceof ForbiddenException forbidden) {
                    return new Forbidden().toResponse(forbidden);
                }
                if (cause instanceof JsonbException) {
                    return badJson(cause);
                }
                cause = cause.getCause();
            }
            if (UniqueKeys.isUniqueViolation(e)) {
                // a clash found only at commit: the same thing created twice at the same moment
                return Problem.response(
                        Status.CONFLICT,
                        "This was created by another request at the same moment. Please check and try again.",
                        null);
            }
            LOG.log(Level.SEVERE, "Unexpected failure", e);
            return Problem.response(Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", null);
        }
    }

    /** A JSON failure while reading the request is the client's; while writing the response, ours. */
    static Response badJson(Throwable e) {
        boolean reading = false;
        for (Throwable t = e; t != null && !reading; t = t.getCause()) {
            reading = java.util.Arrays.stream(t.getStackTrace())
                    .anyMatch(frame -> frame.getMethodName().equals("readFrom")
                            || frame.getMethodName().equals("fromJson"));
        }
        if (!reading) {
            LOG.log(Level.SEVERE, "Could not write a JSON response", e);
            return Problem.response(Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", null);
        }
        // the property is named by whichever exception in the chain came from JSON-B, not always the first
        String field = null;
        for (Throwable t = e; t != null && field == null; t = t.getCause()) {
            Matcher property = PROPERTY.matcher(t.getMessage() == null ? "" : t.getMessage());
            field = property.find() ? property.group(1) : null;
        }
        String detail = field == null
                ? "The request body is not valid JSON for this request."
                : field + " has a value of the wrong type";
        return Problem.response(Status.BAD_REQUEST, detail, field);
    }
}
