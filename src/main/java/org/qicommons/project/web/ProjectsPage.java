package org.qicommons.project.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qicommons.core.InvalidInputException;
import org.qicommons.project.ProjectService;
import org.qicommons.project.ProjectService.ProjectFilter;
import org.qicommons.project.ProjectService.ProjectList;
import org.qicommons.project.ProjectSummary;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * The projects the visitor may read, newest change first, filtered by the query string (a GET form,
 * so a filtered list has an address to share and anonymous readers are served from the page cache).
 */
@Named
@RequestScoped
public class ProjectsPage {
    private static final List<String> FILTERS = List.of("setting", "stage", "equityFocus", "organisationType", "tag");

    @Inject
    ProjectService projects;

    @Inject
    CurrentMember current;

    private final Map<String, String> filter = new LinkedHashMap<>();
    private int page;
    private ProjectList found;

    @PostConstruct
    void load() {
        filter.putAll(Pages.presentParams(FILTERS));
        try {
            page = Math.max(0, Integer.parseInt(Pages.param("page") == null ? "0" : Pages.param("page")));
        } catch (NumberFormatException e) {
            page = 0;
        }
        try {
            found = projects.listProjects(
                    current.viewer(),
                    new ProjectFilter(
                            filter.get("setting"),
                            filter.get("stage"),
                            filter.get("equityFocus"),
                            filter.get("organisationType"),
                            filter.get("tag"),
                            page,
                            ProjectService.DEFAULT_PAGE_SIZE));
        } catch (InvalidInputException e) {
            Pages.error(null, "That filter is not one we know (" + e.field() + "): showing every project instead.");
            filter.clear();
            found = projects.listProjects(current.viewer(), ProjectFilter.all());
        }
    }

    public List<ProjectSummary> getProjects() {
        return found.projects();
    }

    public long getTotal() {
        return found.total();
    }

    public boolean isFiltered() {
        return !filter.isEmpty();
    }

    /** The filter values as chosen, by name ("setting" → "CARE_HOMES"), for the form to show them. */
    public Map<String, String> getFilter() {
        return filter;
    }

    public boolean isHasMore() {
        return found.hasMore();
    }

    public int getPage() {
        return page;
    }

    /** The address of another page of the same filtered list. */
    public String pageAddress(int other) {
        String query = filter.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "?" + (query.isEmpty() ? "" : query + "&") + "page=" + other;
    }
}
