package org.qicommons.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qicommons.security.WriteLimits;

/**
 * Loads the fictional sample content ({@link SampleForum}) on the first start of an empty database,
 * so that {@code mvn -Prun} on a fresh clone shows a living forum. Off with {@code QIC_SAMPLE_DATA=false}.
 * "Empty" means no member yet: once anyone has signed up, nothing is ever added.
 *
 * <p>All of it is one transaction: a failure leaves the database empty (and the next start tries
 * again) rather than half-filled. A failure is logged, not thrown: the app works without samples.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SampleContent {
    private static final Logger LOG = Logger.getLogger(SampleContent.class.getName());

    @Inject
    @ConfigProperty(name = "qic.sample.data", defaultValue = "true")
    boolean enabled;

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    SampleForum forum;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!enabled) {
            LOG.info("Sample content is switched off (qic.sample.data / QIC_SAMPLE_DATA is false)");
            return;
        }
        long started = System.nanoTime();
        try {
            transaction.begin();
            if (count("member") > 0) {
                transaction.rollback();
                LOG.info("The database already has members: no sample content loaded");
                return;
            }
            // the application writing its own sample content: no member limits apply
            SampleTimeline timeline = WriteLimits.unlimited(forum::load);
            em.flush();
            backdate(timeline);
            // sharing needs the organisations verified, which the backdating did
            SampleTimeline shares = WriteLimits.unlimited(forum::shareWithRegulator);
            em.flush();
            backdate(shares);
            transaction.commit();
        } catch (Exception | AssertionError e) {
            rollbackQuietly();
            LOG.log(Level.SEVERE, "Could not load the sample content; the database was left as it was", e);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Sample content loaded in " + millis + " ms: " + count("organisation") + " organisations, "
                + count("member") + " members, " + count("qi_group") + " groups, " + count("discussion")
                + " discussions, " + count("post") + " posts (sign in with any sample e-mail and the password "
                + SampleForum.PASSWORD + ")");
    }

    /**
     * Why UPDATEs after the fact: the services always stamp "now", which is right for real use, and
     * giving them a clock parameter only for samples would widen every use case. Sample content that
     * was all written a second ago would not show how the pages handle time ("1 year, 7 months ago"),
     * so the rows are moved back here, in the same transaction. Plain SQL on columns of type TIMESTAMP
     * WITH TIME ZONE, with OffsetDateTime parameters: the same statements run on H2 and PostgreSQL.
     */
    private void backdate(SampleTimeline timeline) {
        for (SampleTimeline.Stamp stamp : timeline.stamps()) {
            em.createNativeQuery(
                            "update " + stamp.table() + " set " + stamp.column() + " = ? where " + stamp.key() + " = ?")
                    .setParameter(1, stamp.at().atOffset(ZoneOffset.UTC))
                    .setParameter(2, stamp.id())
                    .executeUpdate();
        }
        // A discussion's last activity is its newest post, whatever the services stamped.
        em.createNativeQuery("update discussion set last_activity_at ="
                        + " (select max(p.created_at) from post p where p.discussion_id = discussion.id)")
                .executeUpdate();
        em.clear();
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    private void rollbackQuietly() {
        try {
            transaction.rollback();
        } catch (Exception e) {
            LOG.log(Level.FINE, "rollback after a failed sample load", e);
        }
    }
}
