package org.qicommons.config;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What SampleContent's backdating does between loading and sharing, for the in-container test of the sample. */
@Dependent
public class SampleDatabase {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    /** Marks the organisation verified, as the sample's stamps do, in the caller's transaction. */
    void verify(String organisationName) {
        em.flush();
        em.createNativeQuery("update organisation set verified_at = current_timestamp where name = ?")
                .setParameter(1, organisationName)
                .executeUpdate();
        em.clear();
    }
}
