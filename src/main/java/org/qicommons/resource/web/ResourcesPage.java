package org.qicommons.resource.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.qicommons.core.InvalidInputException;
import org.qicommons.resource.Licence;
import org.qicommons.resource.ResourceService;
import org.qicommons.resource.ResourceService.ResourceFilter;
import org.qicommons.resource.ResourceService.ResourceList;
import org.qicommons.resource.ResourceType;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** The resources the visitor may read, newest first, filtered by the query string (a GET form). */
@Named
@RequestScoped
public class ResourcesPage {
    private static final List<String> FILTERS = List.of("type", "organisationType", "tag");

    @Inject
    ResourceService resources;

    @Inject
    CurrentMember current;

    private Map<String, String> filter;
    private ResourceList found;

    @PostConstruct
    void load() {
        filter = new java.util.LinkedHashMap<>(Pages.presentParams(FILTERS));
        Long page = Pages.longParam("page");
        try {
            found = resources.listResources(current.viewer(), filterOf(page == null ? 0 : page.intValue()));
        } catch (InvalidInputException e) {
            Pages.error(null, "That filter is not one we know (" + e.field() + "): showing every resource instead.");
            filter.clear();
            found = resources.listResources(current.viewer(), filterOf(0));
        }
    }

    private ResourceFilter filterOf(int page) {
        return new ResourceFilter(
                filter.get("type"),
                filter.get("organisationType"),
                filter.get("tag"),
                page,
                ResourceService.DEFAULT_PAGE_SIZE);
    }

    public ResourceList getFound() {
        return found;
    }

    public Map<String, String> getFilter() {
        return filter;
    }

    public boolean isFiltered() {
        return !filter.isEmpty();
    }

    public List<ResourceType> getTypes() {
        return Arrays.asList(ResourceType.values());
    }

    public List<Licence> getLicences() {
        return Arrays.asList(Licence.values());
    }
}
