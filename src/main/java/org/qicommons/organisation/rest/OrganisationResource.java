package org.qicommons.organisation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.MemberRef.OrganisationRef;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.security.CurrentMember;
import org.qicommons.security.WriteLimits;

@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {
    @Inject
    OrganisationService organisations;

    public record NewOrganisation(String name, String type, String region) {}

    @Operation(operationId = "listOrganisations", summary = "Organisations members belong to")
    @GET
    public List<OrganisationRef> list() {
        return organisations.listOrganisations().stream()
                .map(OrganisationRef::of)
                .toList();
    }

    @Operation(operationId = "getOrganisation", summary = "One organisation")
    @GET
    @Path("{id}")
    public OrganisationRef get(@PathParam("id") long id) {
        return OrganisationRef.of(organisations.findOrganisation(id));
    }

    @Inject
    WriteLimits writeLimits;

    @Inject
    CurrentMember current;

    /**
     * A signed-in member with a confirmed address adds their organisation; official types
     * (regulator, NHS trust, ICB, local authority) stay unverified until an administrator verifies them.
     */
    @Operation(operationId = "addOrganisation", summary = "Add an organisation (confirmed members)")
    @POST
    public Response add(NewOrganisation body, @Context UriInfo uri, @Context HttpServletRequest http) {
        NewOrganisation request = Bodies.required(body);
        Organisation organisation = writeLimits.organisation(
                http.getRemoteAddr(),
                () -> organisations.addOrganisation(
                        current.viewer(), request.name(), request.type(), request.region()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(organisation.getId().toString())
                        .build())
                .entity(OrganisationRef.of(organisation))
                .build();
    }
}
