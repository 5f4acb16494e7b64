package org.qicommons.organisation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.qicommons.core.Checks;
import org.qicommons.core.ConflictException;
import org.qicommons.core.NotFoundException;
import org.qicommons.core.UniqueKeys;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.organisation.OrganisationType;

@ApplicationScoped
@Transactional
public class OrganisationServiceBean implements OrganisationService {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Override
    public List<Organisation> listOrganisations() {
        return em.createQuery("select o from Organisation o order by o.nameKey", Organisation.class)
                .getResultList();
    }

    @Override
    public Organisation findOrganisation(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("Organisation");
        }
        return organisation;
    }

    @Override
    public Organisation addOrganisation(String name, String type, String region) {
        String checkedName = Checks.required("name", name, MAX_NAME);
        OrganisationType checkedType = Checks.oneOf("type", type, OrganisationType.class);
        String checkedRegion = Checks.optional("region", region, MAX_REGION);
        boolean taken = !em.createQuery("select o.id from Organisation o where o.nameKey = :key", Long.class)
                .setParameter("key", Organisation.keyOf(checkedName))
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new ConflictException("name", "an organisation with this name already exists");
        }
        Organisation organisation = new Organisation(checkedName, checkedType, checkedRegion, Instant.now());
        em.persist(organisation);
        UniqueKeys.flush(em, "name", "an organisation with this name already exists");
        return organisation;
    }
}
