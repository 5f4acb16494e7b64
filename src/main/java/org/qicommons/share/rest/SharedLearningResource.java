package org.qicommons.share.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.PageNumber;
import org.qicommons.security.CurrentMember;
import org.qicommons.share.SharedLearning;
import org.qicommons.share.SharedLearning.Filter;
import org.qicommons.share.SharedLearning.SharedLearningPage;

/** The Shared learning area as JSON: the same list and weeks as the page. */
@Path("shared-learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SharedLearningResource {
    @Inject
    SharedLearning sharedLearning;

    @Inject
    CurrentMember current;

    @Operation(
            operationId = "sharedLearning",
            summary =
                    "Public projects and what was shared with your organisation, newest first, with the same items"
                            + " grouped by week; filter by setting, stage, equityFocus, organisationType, from, to (yyyy-mm-dd)")
    @GET
    public SharedLearningPage list(
            @QueryParam("setting") String setting,
            @QueryParam("stage") String stage,
            @QueryParam("equityFocus") String equityFocus,
            @QueryParam("organisationType") String organisationType,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page) {
        return sharedLearning.find(
                current.viewer(),
                new Filter(setting, stage, equityFocus, organisationType, from, to, PageNumber.parse(page)));
    }
}
