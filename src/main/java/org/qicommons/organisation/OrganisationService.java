package org.qicommons.organisation;

import java.util.List;

/** Use cases for organisations: anyone may list them; a signed-in member may add one. */
public interface OrganisationService {
    int MAX_NAME = 200;
    int MAX_REGION = 80;

    List<Organisation> listOrganisations();

    Organisation findOrganisation(long id);

    Organisation addOrganisation(String name, String type, String region);
}
