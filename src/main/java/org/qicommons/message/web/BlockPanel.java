package org.qicommons.message.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.message.MessageService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** "Block" and "Unblock" on a member's profile. */
@Named
@RequestScoped
public class BlockPanel {
    @Inject
    MessageService messages;

    @Inject
    CurrentMember current;

    public boolean blocks(long memberId) {
        return messages.blocks(current.viewer(), memberId);
    }

    public void block(long memberId, boolean block) {
        try {
            if (block) {
                messages.block(current.viewer(), memberId);
                Pages.done("Blocked: they cannot send you messages, and nothing they write is notified to you.");
            } else {
                messages.unblock(current.viewer(), memberId);
                Pages.done("No longer blocked.");
            }
        } catch (InvalidInputException | ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.redirect("/member/view.xhtml?id=" + memberId);
    }
}
