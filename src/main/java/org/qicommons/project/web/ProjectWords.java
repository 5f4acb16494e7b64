package org.qicommons.project.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qicommons.access.Reach;
import org.qicommons.discussion.MarkdownRenderer;
import org.qicommons.organisation.OrganisationType;
import org.qicommons.project.Core20Plus5;
import org.qicommons.project.EquityFocus;
import org.qicommons.project.MeasureKind;
import org.qicommons.project.PdsaDecision;
import org.qicommons.project.Setting;
import org.qicommons.project.Stage;

/** The words and choices the project pages show: enum labels, dates, Markdown. */
@Named
@ApplicationScoped
public class ProjectWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public record Choice(String value, String label) {}

    public List<Choice> getSettings() {
        return choices(Setting.values(), Setting::label);
    }

    public List<Choice> getStages() {
        return choices(Stage.values(), Stage::label);
    }

    public List<Choice> getEquityFocuses() {
        return choices(EquityFocus.values(), EquityFocus::label);
    }

    public List<Choice> getCore20plus5Areas() {
        return choices(Core20Plus5.values(), Core20Plus5::label);
    }

    public List<Choice> getMeasureKinds() {
        return choices(MeasureKind.values(), MeasureKind::label);
    }

    public List<Choice> getDecisions() {
        return choices(PdsaDecision.values(), PdsaDecision::label);
    }

    public List<Choice> getReaches() {
        return choices(Reach.values(), ProjectWords::reachMeans);
    }

    public List<Choice> getOrganisationTypes() {
        return choices(OrganisationType.values(), OrganisationType::label);
    }

    /** Who can read a project of this reach, in a sentence's words. */
    public static String reachMeans(Reach reach) {
        return switch (reach) {
            case PUBLIC -> "Everyone, including people who are not signed in";
            case MEMBERS -> "Members of QI Commons who are signed in";
            case GROUP -> "Members of one group you choose (and the project team)";
            case TEAM -> "Only the project team";
        };
    }

    /** "5 January 2026"; empty for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** Markdown as safe HTML (the same renderer and sanitiser as posts). */
    public String markdown(String text) {
        return text == null ? "" : MarkdownRenderer.toSafeHtml(text);
    }

    private static <E extends Enum<E>> List<Choice> choices(E[] values, java.util.function.Function<E, String> label) {
        return java.util.Arrays.stream(values)
                .map(value -> new Choice(value.name(), label.apply(value)))
                .toList();
    }
}
