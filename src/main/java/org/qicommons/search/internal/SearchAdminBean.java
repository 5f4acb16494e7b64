package org.qicommons.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qicommons.search.IndexStatus;
import org.qicommons.search.SearchAdmin;

/** The index's state and rebuilds, for administrators (the callers check who is asking: SiteAdmins). */
@ApplicationScoped
public class SearchAdminBean implements SearchAdmin {
    @Inject
    SearchIndex index;

    @Override
    public IndexStatus status() {
        return index.status();
    }

    @Override
    public IndexStatus startRebuild() {
        return index.startRebuild("requested");
    }
}
