package org.qicommons.project.internal;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.qicommons.core.Checks;
import org.qicommons.organisation.OrganisationType;
import org.qicommons.project.EquityFocus;
import org.qicommons.project.ProjectService.ProjectFilter;
import org.qicommons.project.Setting;
import org.qicommons.project.Stage;

/** A list filter checked and turned into JPQL conditions on project {@code p}, with their parameters. */
record ProjectFilterQuery(String jpql, Map<String, Object> parameters) {

    static ProjectFilterQuery of(ProjectFilter filter) {
        StringBuilder jpql = new StringBuilder();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (present(filter.setting())) {
            jpql.append(" and p.setting = :setting");
            parameters.put("setting", Checks.oneOf("setting", filter.setting(), Setting.class));
        }
        if (present(filter.stage())) {
            jpql.append(" and p.stage = :stage");
            parameters.put("stage", Checks.oneOf("stage", filter.stage(), Stage.class));
        }
        if (present(filter.equityFocus())) {
            jpql.append(" and exists (select e.id from Project e join e.equityFocus focus"
                    + " where e.id = p.id and focus = :focus)");
            parameters.put("focus", Checks.oneOf("equityFocus", filter.equityFocus(), EquityFocus.class));
        }
        if (present(filter.organisationType())) {
            jpql.append(" and exists (select o.id from Project q join q.organisationIds involved, Organisation o"
                    + " where q.id = p.id and o.id = involved and o.type = :organisationType)");
            parameters.put(
                    "organisationType",
                    Checks.oneOf("organisationType", filter.organisationType(), OrganisationType.class));
        }
        if (present(filter.tag())) {
            jpql.append(" and exists (select t.id from Project t join t.tags tag where t.id = p.id and tag = :tag)");
            parameters.put("tag", filter.tag().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }
        return new ProjectFilterQuery(jpql.toString(), parameters);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
