package org.qicommons.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qicommons.organisation.OrganisationType;
import org.qicommons.search.FacetCount;
import org.qicommons.search.HitType;

/** Facet counts labelled for people: group names from the viewer's scope, plain-English types. */
final class SearchFacets {
    private SearchFacets() {}

    /** Counts of {@code dim}, labelled, most first; values the viewer cannot name are left out. */
    static List<FacetCount> labelled(FacetCounter.Counted counted, String dim, ReadableScope scope) {
        var counts = new ArrayList<FacetCount>();
        counted.of(dim).forEach((value, count) -> {
            var labelled = labelled(dim, value, count, scope);
            if (labelled != null && count > 0) {
                counts.add(labelled);
            }
        });
        counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
        return counts;
    }

    private static FacetCount labelled(String dim, String value, long count, ReadableScope scope) {
        return switch (dim) {
            case DocumentBuilder.FACET_GROUP -> {
                var group = scope.readableGroups().get(Long.parseLong(value));
                yield group == null ? null : new FacetCount(group.slug(), group.name(), count);
            }
            case DocumentBuilder.FACET_TYPE -> new FacetCount(value, typeLabel(value), count);
            case DocumentBuilder.FACET_ORGANISATION_TYPE -> new FacetCount(value, organisationLabel(value), count);
            default -> new FacetCount(value, value, count);
        };
    }

    private static String typeLabel(String value) {
        return switch (HitType.valueOf(value)) {
            case DISCUSSION -> "Discussions";
            case REPLY -> "Replies";
            case MEMBER -> "Members";
            case GROUP -> "Groups";
            case PROJECT -> "Projects";
            case RESOURCE -> "Resources";
        };
    }

    private static String organisationLabel(String value) {
        try {
            return OrganisationType.valueOf(value).label();
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }
}
