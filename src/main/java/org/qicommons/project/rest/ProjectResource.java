package org.qicommons.project.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.api.Bodies;
import org.qicommons.api.PageNumber;
import org.qicommons.api.PageSize;
import org.qicommons.core.InvalidInputException;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectService.CycleDraft;
import org.qicommons.project.ProjectService.MeasureDraft;
import org.qicommons.project.ProjectService.ProjectDraft;
import org.qicommons.project.ProjectService.ProjectFilter;
import org.qicommons.project.ProjectService.ProjectList;
import org.qicommons.project.ProjectView;
import org.qicommons.project.rest.ProjectJson.ChangeIdeaJson;
import org.qicommons.project.rest.ProjectJson.CycleJson;
import org.qicommons.project.rest.ProjectJson.MeasureJson;
import org.qicommons.project.rest.ProjectJson.ProjectListItemJson;
import org.qicommons.project.rest.ProjectJson.ProjectListJson;
import org.qicommons.security.CurrentMember;

/** QI projects and their parts. Reading and changing rules are the service's (404 / 403 / 400). */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {
    @Inject
    ProjectService projects;

    @Inject
    CurrentMember current;

    public record ChangeIdeaBody(String description) {}

    public record TeamBody(Long memberId) {}

    @Operation(
            operationId = "listProjects",
            summary = "The projects the caller may read, most recently changed first; filter by setting, stage,"
                    + " equityFocus, organisationType and tag")
    @GET
    public ProjectListJson list(
            @QueryParam("setting") String setting,
            @QueryParam("stage") String stage,
            @QueryParam("equityFocus") String equityFocus,
            @QueryParam("organisationType") String organisationType,
            @QueryParam("tag") String tag,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ProjectList found = projects.listProjects(
                current.viewer(),
                new ProjectFilter(
                        setting,
                        stage,
                        equityFocus,
                        organisationType,
                        tag,
                        PageNumber.parse(page),
                        PageSize.parse(size)));
        return new ProjectListJson(
                found.projects().stream().map(ProjectListItemJson::of).toList(),
                found.total(),
                found.page(),
                found.size(),
                found.hasMore());
    }

    @Operation(operationId = "startProject", summary = "Start a project; the caller leads it")
    @POST
    public Response start(ProjectDraft body, @Context UriInfo uri) {
        ProjectView started = projects.startProject(current.viewer(), Bodies.required(body));
        return created(uri, started.project().getId(), ProjectJson.of(started));
    }

    @Operation(
            operationId = "getProject",
            summary = "A project the caller may read, with its team, measures and cycles")
    @GET
    @Path("{id}")
    public ProjectJson get(@PathParam("id") long id) {
        return ProjectJson.of(projects.findProject(current.viewer(), id));
    }

    @Operation(
            operationId = "changeProject",
            summary = "Change a project's fields (its team); a field left out keeps its value")
    @PATCH
    @Path("{id}")
    public ProjectJson change(@PathParam("id") long id, ProjectDraft body) {
        return ProjectJson.of(projects.changeProject(current.viewer(), id, Bodies.required(body)));
    }

    @Operation(operationId = "listMeasures", summary = "A project's measures")
    @GET
    @Path("{id}/measures")
    public List<MeasureJson> measures(@PathParam("id") long id) {
        return projects.findProject(current.viewer(), id).measures().stream()
                .map(MeasureJson::of)
                .toList();
    }

    @Operation(operationId = "addMeasure", summary = "Add an outcome, process or balancing measure (the team)")
    @POST
    @Path("{id}/measures")
    public Response addMeasure(@PathParam("id") long id, MeasureDraft body, @Context UriInfo uri) {
        MeasureJson added = MeasureJson.of(projects.addMeasure(current.viewer(), id, Bodies.required(body)));
        return created(uri, added.id(), added);
    }

    @Operation(operationId = "changeMeasure", summary = "Change a measure (the team); a field left out keeps its value")
    @PATCH
    @Path("{id}/measures/{measureId}")
    public MeasureJson changeMeasure(
            @PathParam("id") long id, @PathParam("measureId") long measureId, MeasureDraft body) {
        return MeasureJson.of(projects.changeMeasure(current.viewer(), id, measureId, Bodies.required(body)));
    }

    @Operation(operationId = "addChangeIdea", summary = "Add a change idea (the team)")
    @POST
    @Path("{id}/change-ideas")
    public Response addChangeIdea(@PathParam("id") long id, ChangeIdeaBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(ChangeIdeaJson.of(projects.addChangeIdea(
                        current.viewer(), id, Bodies.required(body).description())))
                .build();
    }

    @Operation(operationId = "listCycles", summary = "A project's PDSA cycles, oldest first")
    @GET
    @Path("{id}/cycles")
    public List<CycleJson> cycles(@PathParam("id") long id) {
        return projects.findProject(current.viewer(), id).cycles().stream()
                .map(CycleJson::of)
                .toList();
    }

    @Operation(operationId = "recordCycle", summary = "Record a PDSA cycle (the team)")
    @POST
    @Path("{id}/cycles")
    public Response recordCycle(@PathParam("id") long id, CycleDraft body, @Context UriInfo uri) {
        CycleJson recorded = CycleJson.of(projects.recordCycle(current.viewer(), id, Bodies.required(body)));
        return created(uri, recorded.id(), recorded);
    }

    @Operation(
            operationId = "changeCycle",
            summary = "Change a PDSA cycle, e.g. record its study and decision (the team); a field left out keeps"
                    + " its value")
    @PATCH
    @Path("{id}/cycles/{cycleId}")
    public CycleJson changeCycle(@PathParam("id") long id, @PathParam("cycleId") long cycleId, CycleDraft body) {
        return CycleJson.of(projects.changeCycle(current.viewer(), id, cycleId, Bodies.required(body)));
    }

    @Operation(operationId = "addTeamMember", summary = "Add a member to the project's team (the team)")
    @POST
    @Path("{id}/team")
    public ProjectJson addTeamMember(@PathParam("id") long id, TeamBody body) {
        Long memberId = Bodies.required(body).memberId();
        if (memberId == null) {
            throw new InvalidInputException("memberId", "must not be empty");
        }
        return ProjectJson.of(projects.addTeamMember(current.viewer(), id, memberId));
    }

    @Operation(
            operationId = "removeTeamMember",
            summary = "Remove a member from the team (the team), or leave it (\"me\"); the lead stays")
    @DELETE
    @Path("{id}/team/{memberId}")
    public ProjectJson removeTeamMember(@PathParam("id") long id, @PathParam("memberId") String memberId) {
        long member;
        if ("me".equals(memberId)) {
            member = current.requireMemberId();
        } else {
            try {
                member = Long.parseLong(memberId);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("memberId", "must be a member's id or \"me\"");
            }
        }
        return ProjectJson.of(projects.removeTeamMember(current.viewer(), id, member));
    }

    /** 201 with the new thing's address (this address and its id) and the thing. */
    private static Response created(UriInfo uri, long id, Object entity) {
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(entity)
                .build();
    }
}
