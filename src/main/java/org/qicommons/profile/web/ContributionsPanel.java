package org.qicommons.profile.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.profile.ContributionService;
import org.qicommons.profile.Contributions;
import org.qicommons.security.CurrentMember;

/** The contributions on a member's profile, read once per request. */
@Named
@RequestScoped
public class ContributionsPanel {
    @Inject
    ContributionService contributions;

    @Inject
    CurrentMember current;

    private Contributions loaded;

    public Contributions of(long memberId) {
        if (loaded == null) {
            loaded = contributions.of(current.viewer(), memberId);
        }
        return loaded;
    }
}
