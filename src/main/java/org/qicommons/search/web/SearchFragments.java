package org.qicommons.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.search.FacetCount;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchHit;
import org.qicommons.ui.Html;
import org.qicommons.ui.TimeFormat;

/**
 * The search page's hits and facets as HTML, for {@code search/index.xhtml}. Why Java: written as
 * Facelets markup they evaluated some 25 expressions per hit and as many per facet value, most of
 * the page's CPU (docs/pages.md has the same story for posts).
 */
@Named("searchHtml")
@ApplicationScoped
public class SearchFragments {
    @Inject
    TimeFormat time;

    @Inject
    SearchWords words;

    /** The hits, each as an {@code <li>} of the results list. */
    public String hits(List<SearchHit> hits) {
        String root = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        StringBuilder out = new StringBuilder(hits.size() * 1024);
        for (SearchHit hit : hits) {
            boolean post = hit.type() == HitType.DISCUSSION || hit.type() == HitType.REPLY;
            out.append("<li class=\"hit hit-")
                    .append(hit.type().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" id=\"hit-")
                    .append(hit.type())
                    .append('-')
                    .append(hit.id())
                    .append("\">\n<p class=\"hit-kind\">")
                    .append(words.type(hit.type()));
            if (post && hit.groupName() != null) {
                out.append(" in <a href=\"").append(root).append("/group/view.xhtml?slug=");
                Html.text(out, hit.groupSlug()).append("\">");
                Html.text(out, hit.groupName()).append("</a>");
            }
            out.append("</p>\n<h3 class=\"hit-title\"><a href=\"").append(root);
            Html.text(out, hit.url()).append("\">");
            Html.text(out, hit.title()).append("</a></h3>\n");
            // the snippet is escaped text with <mark> around the matched words (Hits)
            out.append("<p class=\"hit-snippet\">").append(hit.snippet()).append("</p>\n<p class=\"post-meta\">");
            if (post && hit.authorId() != null) {
                out.append("<a class=\"author\" href=\"")
                        .append(root)
                        .append("/member/view.xhtml?id=")
                        .append(hit.authorId())
                        .append("\">");
                Html.text(out, hit.authorName()).append("</a> ");
            }
            if ((post && hit.authorId() != null || hit.type() == HitType.MEMBER) && hit.authorOrganisation() != null) {
                Html.text(out.append("<span class=\"organisation\">"), hit.authorOrganisation())
                        .append("</span> ");
            }
            if (hit.createdAt() != null) {
                time.element(out.append("<span class=\"when\">"), hit.createdAt())
                        .append("</span>");
            }
            out.append("</p>\n</li>\n");
        }
        return out.toString();
    }

    /** The facets with their values and counts; each value links to the search with it switched on or off. */
    public String facets(SearchPage page) {
        StringBuilder out = new StringBuilder(2048);
        for (String facet : words.getFacetNames()) {
            List<FacetCount> counts = page.facet(facet);
            if (counts.isEmpty()) {
                continue;
            }
            out.append("<section class=\"facet\" id=\"facet-")
                    .append(facet)
                    .append("\" aria-labelledby=\"facet-")
                    .append(facet)
                    .append("-heading\">\n<h3 id=\"facet-")
                    .append(facet)
                    .append("-heading\">")
                    .append(words.facetTitle(facet))
                    .append("</h3>\n<ul>\n");
            for (FacetCount count : counts) {
                boolean selected = page.isSelected(facet, count.value());
                Html.text(out.append("<li><a href=\""), page.facetUrl(facet, count.value()))
                        .append('"')
                        .append(selected ? " class=\"selected\" aria-current=\"true\"" : "")
                        .append('>');
                Html.text(out, count.label())
                        .append("</a> <span class=\"count\">")
                        .append(count.count());
                out.append("</span>")
                        .append(selected ? "<span class=\"visually-hidden\"> (selected: follow to remove)</span>" : "")
                        .append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        return out.toString();
    }
}
