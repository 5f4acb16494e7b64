package org.qicommons.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.SearchService;
import org.qicommons.search.rest.SearchJson.ResultsJson;
import org.qicommons.search.rest.SearchJson.SuggestionJson;
import org.qicommons.security.CurrentMember;

/** Search and autocomplete, both limited to what the caller may read. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    static final int DEFAULT_SUGGESTIONS = 8;

    @Inject
    SearchService search;

    @Inject
    CurrentMember current;

    @Operation(
            operationId = "search",
            summary = "Search discussions, replies, members, groups, projects and resources the caller may read;"
                    + " projects and resources narrow by setting, stage, equityFocus, resourceType and tag")
    @GET
    public ResultsJson search(
            @QueryParam("q") String q,
            @QueryParam("type") List<String> type,
            @QueryParam("group") String group,
            @QueryParam("organisationType") String organisationType,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("setting") String setting,
            @QueryParam("stage") String stage,
            @QueryParam("equityFocus") String equityFocus,
            @QueryParam("resourceType") String resourceType,
            @QueryParam("tag") String tag) {
        List<String> labels = new java.util.ArrayList<>();
        addLabel(labels, "setting", Params.upper(setting));
        addLabel(labels, "stage", Params.upper(stage));
        addLabel(labels, "equityFocus", Params.upper(equityFocus));
        addLabel(labels, "resourceType", Params.upper(resourceType));
        addLabel(labels, "tag", tag == null ? null : tag.strip().toLowerCase(java.util.Locale.ROOT));
        SearchQuery query = new SearchQuery(
                q == null ? "" : q,
                Params.types(type),
                Params.optional(group),
                Params.upper(organisationType),
                Params.date("from", from),
                Params.date("to", to),
                Params.page(page),
                Params.number("size", size, SearchQuery.DEFAULT_SIZE),
                labels);
        return ResultsJson.of(search.search(current.viewer(), query));
    }

    private static void addLabel(List<String> labels, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            labels.add(dimension + ":" + value);
        }
    }

    @Operation(operationId = "suggest", summary = "Suggestions as the caller types")
    @GET
    @Path("suggest")
    public List<SuggestionJson> suggest(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        return search
                .suggest(current.viewer(), q == null ? "" : q, Params.number("limit", limit, DEFAULT_SUGGESTIONS))
                .stream()
                .map(SuggestionJson::of)
                .toList();
    }
}
