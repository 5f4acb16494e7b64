package org.qicommons.project.web;

import java.util.Map;
import java.util.function.Supplier;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.ui.Pages;

/** Runs what a project form asks for: a refusal goes on the field it names, success redirects. */
final class ProjectForms {
    /** The service's field names as the forms label them. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "Title"),
            Map.entry("summary", "Summary"),
            Map.entry("aim", "Aim"),
            Map.entry("problem", "The problem"),
            Map.entry("setting", "Setting"),
            Map.entry("stage", "Stage"),
            Map.entry("stageSince", "Date the stage began"),
            Map.entry("reach", "Who can read it"),
            Map.entry("groupId", "Group"),
            Map.entry("equityFocus", "Equity focus"),
            Map.entry("core20plus5", "Core20PLUS5 area"),
            Map.entry("dataQuality", "Data quality"),
            Map.entry("learning", "What you have learned"),
            Map.entry("tags", "Tags"),
            Map.entry("discussedIn", "Groups where it is discussed"),
            Map.entry("kind", "Kind of measure"),
            Map.entry("name", "Name"),
            Map.entry("definition", "Operational definition"),
            Map.entry("description", "Change idea"),
            Map.entry("plan", "Plan"),
            Map.entry("prediction", "Prediction"),
            Map.entry("doNotes", "Do"),
            Map.entry("study", "Study"),
            Map.entry("act", "Act"),
            Map.entry("actNotes", "Why"),
            Map.entry("startedOn", "Start date"),
            Map.entry("endedOn", "End date"),
            Map.entry("memberId", "Member"));

    private ProjectForms() {}

    /**
     * Runs {@code action}, which answers the address to go to once done (where {@code done} is shown);
     * a refusal stays on the form instead.
     */
    static void submit(String formId, Supplier<String> action, String done) {
        String then;
        try {
            then = action.get();
        } catch (InvalidInputException e) {
            Pages.invalid(formId, e, LABELS);
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done(done);
        Pages.redirect(then);
    }
}
