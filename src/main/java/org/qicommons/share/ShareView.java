package org.qicommons.share;

import org.qicommons.member.Member;
import org.qicommons.organisation.Organisation;

/**
 * A share as one viewer sees it: the share, the organisation, who asked, the item's title and page,
 * and what this viewer may do with it.
 */
public record ShareView(
        Share share,
        Organisation organisation,
        Member requestedBy,
        String itemTitle,
        String itemPath,
        boolean canDecide,
        boolean canWithdraw) {}
