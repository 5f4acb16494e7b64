package org.qicommons.profile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.profile.ContributionService;
import org.qicommons.profile.Contributions;
import org.qicommons.security.CurrentMember;

/** A member's contributions that the caller may read. */
@Path("members/{id}/contributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContributionResource {
    @Inject
    ContributionService contributions;

    @Inject
    CurrentMember current;

    @Operation(
            operationId = "memberContributions",
            summary = "A member's recent posts, projects, resources and groups that you may read")
    @GET
    public Contributions get(@PathParam("id") long id) {
        return contributions.of(current.viewer(), id);
    }
}
