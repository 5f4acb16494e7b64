package org.qicommons.mail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.qicommons.mail.Mailer;
import org.qicommons.mail.OutgoingMail;

/**
 * The outbox: {@link #send} is an insert in the caller's transaction, so a message leaves only if
 * what caused it commits; {@link MailDelivery} reads what is due and records how each attempt went.
 */
@ApplicationScoped
@Transactional
public class MailOutbox implements Mailer {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    MailSettings settings;

    @Override
    public void send(String recipient, String subject, String body) {
        em.persist(new OutgoingMail(recipient, subject, body, Instant.now()));
    }

    @Override
    public void send(String recipient, String subject, String body, String unsubscribeUrl) {
        em.persist(new OutgoingMail(recipient, subject, body, unsubscribeUrl, Instant.now()));
    }

    @Override
    public String siteAddress() {
        return settings.siteAddress();
    }

    /** Messages due for an attempt, oldest first. */
    public List<OutgoingMail> due(Instant now, int limit) {
        return em.createQuery(
                        "select m from OutgoingMail m where m.sentAt is null and m.nextAttemptAt <= :now"
                                + " order by m.nextAttemptAt, m.id",
                        OutgoingMail.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    public void markSent(long id, Instant at) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail != null) {
            mail.sent(at);
        }
    }

    public void markFailed(long id, Instant at, String error) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail != null) {
            mail.failed(at, error);
        }
    }
}
