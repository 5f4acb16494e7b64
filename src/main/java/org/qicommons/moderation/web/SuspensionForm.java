package org.qicommons.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.qicommons.member.Member;
import org.qicommons.moderation.ModerationAction;
import org.qicommons.moderation.ModerationService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * A site moderator's form on a member's profile: suspend them until a day, with the reason they are
 * told, or lift the suspension. The day is the first on which they may post again, from midnight UK
 * time: what a moderator in the UK means by "until Friday".
 */
@Named
@RequestScoped
public class SuspensionForm {
    static final String FORM = "suspension";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    ModerationService moderation;

    @Inject
    CurrentMember current;

    private String until;
    private String reason;

    /** Only site moderators suspend, and not themselves; no query (the member is loaded for the header). */
    public boolean shownFor(Member member) {
        Member viewer = current.getMember();
        return member != null
                && viewer != null
                && viewer.isSiteModerator()
                && !viewer.getId().equals(member.getId())
                // only administrators suspend the site's own moderators: not offered where it would be refused
                && (!member.isSiteModerator() || viewer.isAdministrator());
    }

    public boolean suspended(Member member) {
        return member.isSuspendedAt(Instant.now());
    }

    public void suspend(Member member) {
        LocalDate day;
        try {
            day = LocalDate.parse(until == null ? "" : until.strip());
        } catch (DateTimeParseException e) {
            Pages.error(FORM + ":until", "Give the day as a date, for example 2026-05-03.");
            return;
        }
        LocalDate today = LocalDate.now(UK);
        if (!day.isAfter(today)) {
            Pages.error(FORM + ":until", "Choose a day after today: the member may post again from that day.");
            return;
        }
        if (day.isAfter(today.plusYears(10).minusDays(1))) {
            Pages.error(FORM + ":until", "Choose a day within ten years: a suspension is not a ban.");
            return;
        }
        if (reason == null || reason.isBlank()) {
            Pages.error(FORM + ":reason", "Say why: the member is told.");
            return;
        }

        act(
                ModerationAction.Kind.SUSPEND,
                member,
                day,
                member.getDisplayName() + " is suspended until " + DAY.format(day) + ".");
    }

    public void lift(Member member) {
        act(ModerationAction.Kind.UNSUSPEND, member, null, member.getDisplayName() + "’s suspension has been lifted.");
    }

    private void act(ModerationAction.Kind kind, Member member, LocalDate day, String done) {
        ModerationAction action = new ModerationAction(
                kind,
                null,
                null,
                member.getId(),
                null,
                reason,
                day == null ? null : day.atStartOfDay(UK).toInstant());
        Pages.change(() -> moderation.act(current.viewer(), action), done, "/member/view.xhtml?id=" + member.getId());
    }

    /** The earliest day the date picker offers: tomorrow. */
    public String getTomorrow() {
        return LocalDate.now(UK).plusDays(1).toString();
    }

    /** The latest day the date picker offers: a suspension ends within ten years. */
    public String getLatest() {
        return LocalDate.now(UK).plusYears(10).minusDays(1).toString();
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
