package org.qicommons.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.search.HitType;

/** The plain-English words the search page uses for hit types and facets. */
@Named
@ApplicationScoped
public class SearchWords {
    private static final List<String> FACETS =
            List.of("type", "group", "organisationType", "setting", "stage", "equityFocus", "resourceType", "tag");

    public String type(HitType type) {
        return switch (type) {
            case DISCUSSION -> "Discussion";
            case REPLY -> "Reply";
            case MEMBER -> "Member";
            case GROUP -> "Group";
            case PROJECT -> "Project";
            case RESOURCE -> "Resource";
        };
    }

    public List<String> getFacetNames() {
        return FACETS;
    }

    public String facetTitle(String facet) {
        return switch (facet) {
            case "type" -> "What";
            case "group" -> "Group";
            case "organisationType" -> "Written by people from";
            case "setting" -> "Project setting";
            case "stage" -> "Project stage";
            case "equityFocus" -> "Equity focus";
            case "resourceType" -> "Kind of tool";
            case "tag" -> "Tag";
            default -> facet;
        };
    }
}
