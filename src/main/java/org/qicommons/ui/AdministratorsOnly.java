package org.qicommons.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.security.CurrentMember;
import org.qicommons.security.SiteAdmins;

/**
 * The rule of the administration pages under {@code /admin/}: administrators only, and everyone
 * else gets the site's 404, so the pages give nothing away. Pages use {@code #{administratorsOnly.check}}
 * as their view action; their beans ask {@link #allowed()} before loading or changing anything (the
 * services check again). Asked once a request.
 */
@Named
@RequestScoped
public class AdministratorsOnly {
    @Inject
    SiteAdmins siteAdmins;

    @Inject
    CurrentMember current;

    private Boolean allowed;

    public boolean allowed() {
        if (allowed == null) {
            allowed = siteAdmins.isAdmin(current.viewer());
        }
        return allowed;
    }

    /** Answers 404 unless the caller is an administrator. */
    public void check() {
        if (!allowed()) {
            Pages.notFound();
        }
    }
}
