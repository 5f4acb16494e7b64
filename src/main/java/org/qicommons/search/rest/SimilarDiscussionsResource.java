package org.qicommons.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.search.SearchService;
import org.qicommons.search.rest.SearchJson.HitJson;
import org.qicommons.security.CurrentMember;

/**
 * "Similar discussions" for a discussion page. Its own root resource (not a sub-path of the
 * discussion feature's resource) so the discussion feature does not depend on search's REST layer;
 * a discussion the caller may not read is 404, as everywhere.
 */
@Path("discussions/{id}/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SimilarDiscussionsResource {
    static final int DEFAULT_LIMIT = 5;

    @Inject
    SearchService search;

    @Inject
    CurrentMember current;

    @Operation(operationId = "listSimilarDiscussions", summary = "Discussions like this one that the caller may read")
    @GET
    public List<HitJson> similar(@PathParam("id") long id, @QueryParam("limit") String limit) {
        return search.similarDiscussions(current.viewer(), id, Params.number("limit", limit, DEFAULT_LIMIT)).stream()
                .map(HitJson::of)
                .toList();
    }
}
