package org.qicommons.share.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.qicommons.access.ItemKind;
import org.qicommons.api.Bodies;
import org.qicommons.api.MemberRef;
import org.qicommons.api.MemberRef.OrganisationRef;
import org.qicommons.core.Checks;
import org.qicommons.core.InvalidInputException;
import org.qicommons.security.CurrentMember;
import org.qicommons.share.Share;
import org.qicommons.share.ShareService;
import org.qicommons.share.ShareService.ShareRequest;
import org.qicommons.share.ShareView;

/** Sharing items with organisations, with consent. The rules are the service's (404 / 403 / 400 / 409). */
@Path("shares")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShareResource {
    @Inject
    ShareService shares;

    @Inject
    CurrentMember current;

    /** What to do with a share: APPROVE or DECLINE a request (with an optional note), or WITHDRAW (with a reason). */
    public record ShareAction(String action, String note, String reason) {}

    enum Action {
        APPROVE,
        DECLINE,
        WITHDRAW
    }

    public record ShareJson(
            long id,
            String itemKind,
            long itemId,
            String itemTitle,
            String itemUrl,
            OrganisationRef organisation,
            String status,
            String reason,
            MemberRef requestedBy,
            Instant requestedAt,
            Long decidedBy,
            Instant decidedAt,
            String decisionNote,
            Long withdrawnBy,
            Instant withdrawnAt,
            String withdrawalReason,
            boolean canDecide,
            boolean canWithdraw) {
        static ShareJson of(ShareView view) {
            Share share = view.share();
            return new ShareJson(
                    share.getId(),
                    share.getItemKind().name(),
                    share.getItemId(),
                    view.itemTitle(),
                    view.itemPath(),
                    OrganisationRef.of(view.organisation()),
                    share.getStatus().name(),
                    share.getReason(),
                    MemberRef.of(view.requestedBy()),
                    share.getRequestedAt(),
                    share.getDecidedBy(),
                    share.getDecidedAt(),
                    share.getDecisionNote(),
                    share.getWithdrawnBy(),
                    share.getWithdrawnAt(),
                    share.getWithdrawalReason(),
                    view.canDecide(),
                    view.canWithdraw());
        }
    }

    @Operation(
            operationId = "requestShare",
            summary = "Ask to share an item that is not public with a verified organisation:"
                    + " {itemKind: DISCUSSION | PROJECT, itemId, organisationId, reason}; approved at once when you may"
                    + " approve it yourself")
    @POST
    public Response request(ShareRequest body, @Context UriInfo uri) {
        ShareJson created = ShareJson.of(shares.requestShare(current.viewer(), Bodies.required(body)));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @Operation(operationId = "listShares", summary = "The shares of an item you may read (?itemKind=&itemId=)")
    @GET
    public List<ShareJson> list(@QueryParam("itemKind") String itemKind, @QueryParam("itemId") String itemId) {
        ItemKind kind = Checks.oneOf("itemKind", itemKind, ItemKind.class);
        long id;
        try {
            id = Long.parseLong(itemId == null ? "" : itemId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("itemId", "must be the item's id");
        }
        return shares.sharesOf(current.viewer(), kind, id).stream()
                .map(ShareJson::of)
                .toList();
    }

    @Operation(operationId = "listWaitingShares", summary = "Requests to share waiting for your answer, oldest first")
    @GET
    @Path("waiting")
    public List<ShareJson> waiting() {
        return shares.waitingFor(current.viewer()).stream().map(ShareJson::of).toList();
    }

    @Operation(operationId = "getShare", summary = "One share")
    @GET
    @Path("{id}")
    public ShareJson get(@PathParam("id") long id) {
        return ShareJson.of(shares.findShare(current.viewer(), id));
    }

    @Operation(
            operationId = "answerShare",
            summary = "Approve or decline a request (the author, a group owner or the project lead), or withdraw a"
                    + " request or a share: {action: APPROVE | DECLINE | WITHDRAW, note?, reason?}")
    @PUT
    @Path("{id}")
    public ShareJson answer(@PathParam("id") long id, ShareAction body) {
        ShareAction request = Bodies.required(body);
        return ShareJson.of(
                switch (Checks.oneOf("action", request.action(), Action.class)) {
                    case APPROVE -> shares.decide(current.viewer(), id, true, request.note());
                    case DECLINE -> shares.decide(current.viewer(), id, false, request.note());
                    case WITHDRAW -> shares.withdraw(current.viewer(), id, request.reason());
                });
    }
}
