package org.qicommons.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.qicommons.search.IndexStatus;
import org.qicommons.search.SearchAdmin;
import org.qicommons.ui.AdministratorsOnly;
import org.qicommons.ui.Pages;

/**
 * {@code /admin/search.xhtml}: the search index's state and a rebuild button, for site administrators
 * only ({@link AdministratorsOnly}: everyone else gets the site's 404).
 */
@Named
@RequestScoped
public class SearchAdminPage {
    @Inject
    SearchAdmin admin;

    @Inject
    AdministratorsOnly administratorsOnly;

    private IndexStatus status;

    public void rebuild() {
        if (!administratorsOnly.allowed()) {
            Pages.notFound();
            return;
        }
        admin.startRebuild();
        Pages.done("The search index is being rebuilt. Searches keep working meanwhile.");
        Pages.redirect("/admin/search.xhtml");
    }

    public IndexStatus getStatus() {
        if (status == null) {
            status = admin.status();
        }
        return status;
    }

    public boolean isRebuilding() {
        return "REBUILDING".equals(getStatus().state());
    }

    public long getPercent() {
        IndexStatus s = getStatus();
        return s.total() == 0 ? 100 : Math.min(100, 100 * s.done() / s.total());
    }

    public String getRate() {
        return String.format("%,.0f documents a second", getStatus().perSecond());
    }

    /** "about 2 min 5 s" or "working it out". */
    public String getEta() {
        long seconds = getStatus().etaSeconds();
        if (seconds < 0) {
            return "working it out";
        }
        Duration eta = Duration.ofSeconds(seconds);
        return eta.toMinutes() > 0
                ? "about " + eta.toMinutes() + " min " + eta.toSecondsPart() + " s"
                : "about " + seconds + " s";
    }
}
