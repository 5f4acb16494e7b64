package org.qicommons.project;

import java.time.LocalDate;
import java.util.Set;
import org.qicommons.access.Reach;

/**
 * A project's own fields, checked: what {@link ProjectService} makes from a {@link ProjectDraft}
 * before it touches the entity.
 */
public record ProjectDescription(
        String title,
        String summary,
        String aim,
        String problem,
        Setting setting,
        Stage stage,
        LocalDate stageSince,
        Reach reach,
        Long groupId,
        Set<EquityFocus> equityFocus,
        Core20Plus5 core20plus5,
        String dataQuality,
        String learning,
        Set<String> tags,
        Set<Long> discussedIn) {}
