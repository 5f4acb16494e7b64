package org.qicommons.organisation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.MemberRef.OrganisationRef;
import org.qicommons.core.InvalidInputException;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.security.CurrentMember;

/** Verification of organisations, for site administrators (403 for anyone else). */
@Path("admin/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationAdminResource {
    @Inject
    OrganisationService organisations;

    @Inject
    CurrentMember current;

    /** {@code emailDomain}: when given, only members with a confirmed address there count as its own. */
    public record Verification(Boolean verified, String emailDomain, String reason) {}

    @Operation(
            operationId = "setOrganisationVerification",
            summary = "Verify an organisation, or withdraw its verification (administrators)")
    @PUT
    @Path("{id}/verification")
    public OrganisationRef setVerification(@PathParam("id") long id, Verification body) {
        Verification request = Bodies.required(body);
        if (request.verified() == null) {
            throw new InvalidInputException("verified", "must be true or false");
        }
        return OrganisationRef.of(organisations.setVerification(
                current.viewer(), id, request.verified(), request.emailDomain(), request.reason()));
    }
}
