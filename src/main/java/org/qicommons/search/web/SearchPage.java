package org.qicommons.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.qicommons.core.InvalidInputException;
import org.qicommons.search.FacetCount;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchQuery;
import org.qicommons.search.SearchResults;
import org.qicommons.search.SearchService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * The search page: a GET form (so a search is a link that can be shared and bookmarked), results
 * with highlighted snippets, and facets with counts that narrow the search when followed.
 */
@Named
@RequestScoped
public class SearchPage {
    @Inject
    SearchService search;

    @Inject
    CurrentMember current;

    private String q;
    private final Set<String> types = new LinkedHashSet<>();
    private String group;
    private String organisationType;
    private String from;
    private String to;
    /** Project and resource facets chosen, by dimension (one value each). */
    private final Map<String, String> labels = new LinkedHashMap<>();

    private int page;
    private SearchResults results;
    private String error;

    @PostConstruct
    void load() {
        Map<String, String[]> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        q = first(params, "q");
        for (String value : params.getOrDefault("type", new String[0])) {
            Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .forEach(types::add);
        }
        group = first(params, "group");
        organisationType = first(params, "organisationType");
        from = first(params, "from");
        to = first(params, "to");
        for (String dimension : SearchQuery.LABEL_DIMENSIONS) {
            String value = first(params, dimension);
            if (notBlank(value)) {
                labels.put(dimension, value.strip());
            }
        }
        Long pageParam = Pages.longParam("page");
        page = pageParam == null ? 0 : (int) Math.max(0, Math.min(pageParam, SearchQuery.MAX_PAGE));
        if (!isAsked()) {
            return;
        }
        try {
            results = search.search(
                    current.viewer(),
                    new SearchQuery(
                            q,
                            hitTypes(),
                            group,
                            organisationType,
                            date("from", from),
                            date("to", to),
                            page,
                            20,
                            labels.entrySet().stream()
                                    .map(label -> label.getKey() + ":" + label.getValue())
                                    .toList()));
        } catch (InvalidInputException e) {
            error = Pages.sentence(e.field() + " " + e.getMessage());
        }
    }

    /** Something to search for: words or at least one filter. */
    public boolean isAsked() {
        return notBlank(q)
                || !types.isEmpty()
                || notBlank(group)
                || notBlank(organisationType)
                || notBlank(from)
                || notBlank(to)
                || !labels.isEmpty();
    }

    private Set<HitType> hitTypes() {
        Set<HitType> parsed = new LinkedHashSet<>();
        for (String type : types) {
            try {
                parsed.add(HitType.valueOf(type.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type", "must be one of " + Arrays.toString(HitType.values()));
            }
        }
        return parsed;
    }

    private static LocalDate date(String field, String value) {
        return SearchQuery.date(field, value);
    }

    /** This search with one facet value switched on (or off, if it is on already), from the first page. */
    public String facetUrl(String facet, String value) {
        Map<String, List<String>> params = currentParams();
        List<String> values = params.computeIfAbsent(facet, k -> new ArrayList<>());
        if (values.contains(value)) {
            values.remove(value);
        } else if ("type".equals(facet)) {
            values.add(value);
        } else {
            values.clear();
            values.add(value);
        }
        params.remove("page");
        return url(params);
    }

    public boolean isSelected(String facet, String value) {
        return switch (facet) {
            case "type" -> types.contains(value);
            case "group" -> value.equals(group);
            case "organisationType" -> value.equals(organisationType);
            default -> value.equals(labels.get(facet));
        };
    }

    public String pageUrl(int number) {
        Map<String, List<String>> params = currentParams();
        params.put("page", List.of(Integer.toString(number)));
        return url(params);
    }

    public boolean isHasNext() {
        return results != null && (long) (page + 1) * results.size() < results.total();
    }

    public List<FacetCount> facet(String name) {
        return results == null ? List.of() : results.facets().getOrDefault(name, List.of());
    }

    /** Where the hits on this page start and end, for "Results 21 to 40 of 57". */
    public long getFirstShown() {
        return results == null || results.hits().isEmpty() ? 0 : (long) page * results.size() + 1;
    }

    public long getLastShown() {
        return results == null
                ? 0
                : (long) page * results.size() + results.hits().size();
    }

    private Map<String, List<String>> currentParams() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, "q", q);
        if (!types.isEmpty()) {
            params.put("type", new ArrayList<>(types));
        }
        put(params, "group", group);
        put(params, "organisationType", organisationType);
        put(params, "from", from);
        put(params, "to", to);
        labels.forEach((dimension, value) -> put(params, dimension, value));
        return params;
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (notBlank(value)) {
            params.put(name, new ArrayList<>(List.of(value)));
        }
    }

    private static String url(Map<String, List<String>> params) {
        StringBuilder url = new StringBuilder(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/search/");
        char separator = '?';
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            for (String value : param.getValue()) {
                url.append(separator)
                        .append(param.getKey())
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** The query as it goes in an address. */
    public String getEncodedQuery() {
        return q == null ? "" : java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getQ() {
        return q;
    }

    public Set<String> getTypes() {
        return types;
    }

    public String getGroup() {
        return group;
    }

    public String getOrganisationType() {
        return organisationType;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public int getPage() {
        return page;
    }

    public SearchResults getResults() {
        return results;
    }

    public String getError() {
        return error;
    }
}
