package org.qicommons.share.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qicommons.access.ItemKind;
import org.qicommons.access.ShareStatus;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.security.CurrentMember;
import org.qicommons.share.ShareService;
import org.qicommons.share.ShareView;
import org.qicommons.ui.Pages;

/**
 * The "Shared with" panel of a discussion's or a project's page: who the item is shared with, the
 * requests and their answers for those who may see them, the buttons to approve, decline and
 * withdraw, and the form to ask to share it with an organisation.
 */
@Named
@RequestScoped
public class SharingPanel {
    static final Map<String, String> LABELS =
            Map.of("organisationId", "Organisation", "reason", "Why share it", "note", "Note");

    @Inject
    ShareService shares;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentMember current;

    private final Map<String, List<ShareView>> loaded = new HashMap<>();
    private Long organisationId;
    private String reason;
    private String withdrawalReason;

    /** The shares of the item this viewer may see (empty when there are none, or on any refusal). */
    public List<ShareView> of(String kind, long itemId) {
        return loaded.computeIfAbsent(kind + ":" + itemId, key -> {
            try {
                return shares.sharesOf(current.viewer(), ItemKind.valueOf(kind), itemId);
            } catch (NotFoundException e) {
                return List.of();
            }
        });
    }

    public boolean anyApproved(String kind, long itemId) {
        return of(kind, itemId).stream().anyMatch(view -> view.share().getStatus() == ShareStatus.APPROVED);
    }

    /** Organisations an item can be shared with: those a site administrator has verified, by name. */
    public List<Organisation> getVerifiedOrganisations() {
        return organisations.listOrganisations().stream()
                .filter(Organisation::isVerified)
                .sorted(Comparator.comparing(Organisation::getName))
                .toList();
    }

    public void request(String kind, long itemId, String returnTo) {
        change(
                "share-request",
                () -> shares.requestShare(
                        current.viewer(), new ShareService.ShareRequest(kind, itemId, organisationId, reason)),
                "Your request to share has been recorded.",
                returnTo);
    }

    public void approve(long shareId, String returnTo) {
        change(null, () -> shares.decide(current.viewer(), shareId, true, null), "Shared.", returnTo);
    }

    public void decline(long shareId, String returnTo) {
        change(
                null,
                () -> shares.decide(current.viewer(), shareId, false, null),
                "The request has been declined.",
                returnTo);
    }

    public void withdraw(long shareId, String returnTo) {
        change(
                null,
                () -> shares.withdraw(current.viewer(), shareId, withdrawalReason),
                "The share has been withdrawn.",
                returnTo);
    }

    private static void change(String formId, Runnable action, String done, String returnTo) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            if (formId == null) {
                Pages.error(null, Pages.sentence(e.getMessage()));
            } else {
                Pages.invalid(formId, e, LABELS);
            }
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done(done);
        Pages.redirect(returnTo + "#sharing");
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }
}
