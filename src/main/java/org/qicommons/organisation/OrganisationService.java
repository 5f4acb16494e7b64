package org.qicommons.organisation;

import java.util.List;
import org.qicommons.member.Viewer;

/**
 * Use cases for organisations: anyone may list them; a signed-in member with a confirmed address
 * may add one; site administrators verify the official ones.
 */
public interface OrganisationService {
    int MAX_NAME = 200;
    int MAX_REGION = 80;
    int MAX_DOMAIN = 100;

    List<Organisation> listOrganisations();

    Organisation findOrganisation(long id);

    /** Official types start unverified; ForbiddenException for a visitor or an unconfirmed member. */
    Organisation addOrganisation(Viewer viewer, String name, String type, String region);

    /**
     * An administrator verifies an organisation (optionally only for members with a confirmed address
     * at {@code emailDomain}) or withdraws its verification; recorded in the audit log with the reason.
     */
    Organisation setVerification(Viewer viewer, long id, boolean verified, String emailDomain, String reason);
}
