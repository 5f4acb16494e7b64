package org.qicommons.share;

import java.util.List;
import org.qicommons.access.ItemKind;
import org.qicommons.member.Viewer;

/**
 * Asking to share an item with an organisation, answering, withdrawing, and what is shared. Someone
 * who may not read the item gets NotFoundException, as for the item itself; one who may read it but
 * not answer or withdraw, ForbiddenException; bad input, InvalidInputException naming the field.
 */
public interface ShareService {
    int MAX_REASON = 2000;

    /**
     * A member who may read the item asks to share it with a verified organisation, saying why. Only
     * an item that is not public can be shared. When the one asking may approve it themselves (the
     * item's author, a group owner, a project's lead), asking is approving: the share opens at once.
     */
    ShareView requestShare(Viewer viewer, ShareRequest request);

    /** The item's author (or a discussion group's owner, a project's lead) approves or declines. */
    ShareView decide(Viewer viewer, long shareId, boolean approve, String note);

    /** Those who may approve, or who asked, or a site moderator, withdraw a request or an approved share. */
    ShareView withdraw(Viewer viewer, long shareId, String reason);

    ShareView findShare(Viewer viewer, long shareId);

    /**
     * The shares of an item the viewer may read: approved ones for everyone who may read it; every
     * request, decision and withdrawal for those who may answer and for whoever asked.
     */
    List<ShareView> sharesOf(Viewer viewer, ItemKind kind, long itemId);

    /** Requests waiting for this viewer's answer, oldest first. */
    List<ShareView> waitingFor(Viewer viewer);

    record ShareRequest(String itemKind, Long itemId, Long organisationId, String reason) {}
}
