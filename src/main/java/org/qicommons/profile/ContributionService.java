package org.qicommons.profile;

import org.qicommons.member.Viewer;

public interface ContributionService {
    int SHOWN = 10;

    /** NotFoundException ("Member") when there is no such member. */
    Contributions of(Viewer viewer, long memberId);
}
