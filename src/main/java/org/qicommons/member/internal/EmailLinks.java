package org.qicommons.member.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.EmailLink;
import org.qicommons.member.Member;

/**
 * The secrets in links e-mailed to members (password reset, e-mail confirmation): 32 random bytes,
 * of which only the SHA-256 hash is stored; each works once, until it expires.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EmailLinks {
    /** Links of one purpose one member may be sent in an hour: enough for a lost e-mail, not a mail bomb. */
    static final int PER_HOUR = 3;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    /** A new link's secret, or empty when this member has been sent {@link #PER_HOUR} in the last hour. */
    Optional<String> create(Member member, EmailLink.Purpose purpose, Duration life) {
        return create(member, purpose, life, null);
    }

    /** As above, for a link that confirms {@code newEmail} (CHANGE_EMAIL). */
    Optional<String> create(Member member, EmailLink.Purpose purpose, Duration life, String newEmail) {
        Instant now = Instant.now();
        long recent = em.createQuery(
                        "select count(l) from EmailLink l where l.memberId = :id and l.purpose = :purpose"
                                + " and l.createdAt > :since",
                        Long.class)
                .setParameter("id", member.getId())
                .setParameter("purpose", purpose)
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= PER_HOUR) {
            return Optional.empty();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(
                new EmailLink(member.getId(), purpose, MemberServiceBean.sha256(token), now, now.plus(life), newEmail));
        return Optional.of(token);
    }

    /** Uses the link with this secret for one of these purposes, or says (on {@code token}) that it cannot be used. */
    EmailLink use(String token, EmailLink.Purpose... purposes) {
        Instant now = Instant.now();
        EmailLink link = token == null || token.isBlank() || token.length() > 200
                ? null
                : em.createQuery("select l from EmailLink l where l.tokenHash = :hash", EmailLink.class)
                        .setParameter("hash", MemberServiceBean.sha256(token.strip()))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (link == null || Arrays.stream(purposes).noneMatch(purpose -> link.usableFor(purpose, now))) {
            throw new InvalidInputException("token", "this link has expired or has been used: ask for a new one");
        }
        link.use(now);
        return link;
    }

    /**
     * Uses up every link the member has not used yet: once their address has changed, a link sent to
     * the old one (a password reset) or confirming another new one must not work any more.
     */
    void retireAll(long memberId) {
        em.createQuery("update EmailLink l set l.usedAt = :now where l.memberId = :id and l.usedAt is null")
                .setParameter("now", Instant.now())
                .setParameter("id", memberId)
                .executeUpdate();
    }
}
