package org.qicommons.share.web;

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
import org.qicommons.security.CurrentMember;
import org.qicommons.share.ShareService;
import org.qicommons.share.ShareView;
import org.qicommons.share.SharedLearning;
import org.qicommons.ui.Pages;

/**
 * The Shared learning page ({@code /shared/}): public projects and what was shared with the visitor's
 * organisation, newest first or by week ({@code ?view=weeks}), filtered by the query string; and, for
 * those asked, the requests to share waiting for their answer.
 */
@Named("sharedLearningPage")
@RequestScoped
public class SharedLearningPage {
    private static final List<String> FILTERS =
            List.of("setting", "stage", "equityFocus", "organisationType", "from", "to", "view");

    @Inject
    SharedLearning sharedLearning;

    @Inject
    ShareService shares;

    @Inject
    CurrentMember current;

    private final Map<String, String> filter = new LinkedHashMap<>();
    private SharedLearning.SharedLearningPage found;
    private List<ShareView> waiting;

    @PostConstruct
    void load() {
        filter.putAll(Pages.presentParams(FILTERS));
        Long page = Pages.longParam("page");
        try {
            found = sharedLearning.find(current.viewer(), filterOf(page == null ? 0 : page.intValue()));
        } catch (InvalidInputException e) {
            Pages.error(null, "That filter is not one we know (" + e.field() + "): showing everything instead.");
            filter.clear();
            found = sharedLearning.find(current.viewer(), filterOf(0));
        }
    }

    private SharedLearning.Filter filterOf(int page) {
        return new SharedLearning.Filter(
                filter.get("setting"),
                filter.get("stage"),
                filter.get("equityFocus"),
                filter.get("organisationType"),
                filter.get("from"),
                filter.get("to"),
                page);
    }

    public SharedLearning.SharedLearningPage getFound() {
        return found;
    }

    public Map<String, String> getFilter() {
        return filter;
    }

    public boolean isWeekly() {
        return "weeks".equals(filter.get("view"));
    }

    public boolean isFiltered() {
        return filter.keySet().stream().anyMatch(name -> !name.equals("view"));
    }

    public List<ShareView> getWaiting() {
        if (waiting == null) {
            waiting = shares.waitingFor(current.viewer());
        }
        return waiting;
    }

    /** This list's address with another page or view. */
    public String address(String view, int page) {
        Map<String, String> query = new LinkedHashMap<>(filter);
        query.remove("view");
        if (view != null) {
            query.put("view", view);
        }
        if (page > 0) {
            query.put("page", Integer.toString(page));
        }
        return "?"
                + query.entrySet().stream()
                        .map(entry ->
                                entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
