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
import org.qicommons.member.MemberService;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.project.ProjectService;
import org.qicommons.resource.ResourceService;
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

    /**
     * An organisation as a place: what {@link OrganisationRef} says, with how many members give it as
     * theirs and the projects and resources of it that the caller may read.
     */
    public record OrganisationJson(
            Long id,
            String name,
            String type,
            String region,
            boolean verified,
            long memberCount,
            long projectCount,
            List<ItemJson> projects,
            List<ItemJson> resources) {}

    public record ItemJson(long id, String title, String kind, String url) {}

    @Inject
    MemberService members;

    @Inject
    ProjectService projects;

    @Inject
    ResourceService resources;

    @Operation(
            operationId = "getOrganisation",
            summary = "One organisation, with its member count and the projects and resources of it you may read")
    @GET
    @Path("{id}")
    public OrganisationJson get(@PathParam("id") long id) {
        Organisation organisation = organisations.findOrganisation(id);
        ProjectService.ProjectList involved = projects.listProjectsOf(current.viewer(), id, 0, 100);
        return new OrganisationJson(
                organisation.getId(),
                organisation.getName(),
                organisation.getType().name(),
                organisation.getRegion(),
                organisation.isVerified(),
                members.memberCountOf(id),
                involved.total(),
                involved.projects().stream()
                        .map(summary -> new ItemJson(
                                summary.project().getId(),
                                summary.project().getTitle(),
                                "PROJECT",
                                "/api/projects/" + summary.project().getId()))
                        .toList(),
                resources.resourcesOf(current.viewer(), id, 100).stream()
                        .map(resource -> new ItemJson(
                                resource.getId(),
                                resource.getTitle(),
                                resource.getType().name(),
                                "/api/resources/" + resource.getId()))
                        .toList());
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
