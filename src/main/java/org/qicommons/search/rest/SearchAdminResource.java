package org.qicommons.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.search.SearchAdmin;
import org.qicommons.search.rest.SearchJson.StatusJson;
import org.qicommons.security.CurrentMember;
import org.qicommons.security.SiteAdmins;

/**
 * The search index for site administrators (QIC_ADMIN_EMAILS): its state, and starting a rebuild.
 * Anyone else, signed in or not, gets 403: that the endpoint exists is no secret (it is in the
 * OpenAPI document), so a 404 would hide nothing.
 */
@Path("admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {
    @Inject
    SearchAdmin admin;

    @Inject
    SiteAdmins siteAdmins;

    @Inject
    CurrentMember current;

    @Operation(operationId = "getSearchIndexStatus", summary = "The search index's state (administrators)")
    @GET
    public StatusJson status() {
        requireAdmin();
        return StatusJson.of(admin.status());
    }

    /** 202: the rebuild runs in the background; poll GET for progress. */
    @Operation(
            operationId = "rebuildSearchIndex",
            summary = "Rebuild the search index from the database (administrators)")
    @POST
    @Path("rebuild")
    public Response rebuild() {
        requireAdmin();
        return Response.accepted(StatusJson.of(admin.startRebuild())).build();
    }

    private void requireAdmin() {
        siteAdmins.requireAdmin(current.viewer(), "manage the search index");
    }
}
