package org.qicommons.organisation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.qicommons.audit.AuditAction;
import org.qicommons.audit.AuditLog;
import org.qicommons.audit.AuditTarget;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.Subject;
import org.qicommons.core.Checks;
import org.qicommons.core.ConflictException;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.core.UniqueKeys;
import org.qicommons.member.Member;
import org.qicommons.member.SiteRoleService;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.organisation.OrganisationType;

@ApplicationScoped
@Transactional
public class OrganisationServiceBean implements OrganisationService {
    private static final Pattern DOMAIN =
            Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$");

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SiteRoleService siteRoles;

    @Inject
    ChangeLog changeLog;

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
    public Organisation addOrganisation(Viewer viewer, String name, String type, String region) {
        Member adder = viewer.signedIn() ? em.find(Member.class, viewer.memberId()) : null;
        if (adder == null) {
            throw new ForbiddenException("sign in to add an organisation");
        }
        adder.requireMayWrite(Instant.now());
        String checkedName = Checks.required("name", name, MAX_NAME);
        OrganisationType checkedType = Checks.oneOf("type", type, OrganisationType.class);
        String checkedRegion = Checks.optional("region", region, MAX_REGION);
        boolean taken = !em.createQuery("select o.id from Organisation o where o.nameKey = :key", Long.class)
                .setParameter("key", Organisation.keyOf(checkedName))
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new ConflictException("name", "is already in the list: choose it there");
        }
        Organisation organisation =
                new Organisation(checkedName, checkedType, checkedRegion, Instant.now(), adder.getId());
        em.persist(organisation);
        UniqueKeys.flush(em, "name", "is already in the list: choose it there");
        return organisation;
    }

    @Override
    public Organisation setVerification(Viewer viewer, long id, boolean verified, String emailDomain, String reason) {
        Member admin = siteRoles.requireAdministrator(viewer, "verify organisations");
        String why = Checks.optional("reason", reason, AuditLog.MAX_REASON);
        String domain = domain(emailDomain);
        if (!verified && domain != null) {
            throw new InvalidInputException("emailDomain", "is only for verifying an organisation");
        }
        Organisation organisation = findOrganisation(id);
        if (verified) {
            organisation.verify(admin.getId(), Instant.now(), domain);
        } else {
            organisation.withdrawVerification();
        }
        audit.record(
                admin.getId(),
                verified ? AuditAction.VERIFY_ORGANISATION : AuditAction.UNVERIFY_ORGANISATION,
                AuditTarget.organisation(organisation.getId(), organisation.getName()),
                why,
                domain == null ? null : "members with an address at " + domain);
        // members' documents and posts carry their organisation's type into search facets
        changeLog.record(
                Subject.ORGANISATION,
                organisation.getId(),
                verified ? ChangeKind.VERIFIED : ChangeKind.UNVERIFIED,
                viewer);
        return organisation;
    }

    /** A bare domain such as {@code cqc.org.uk}: lower case, no "@", at least one dot. */
    private static String domain(String emailDomain) {
        String domain = Checks.optional("emailDomain", emailDomain, MAX_DOMAIN);
        if (domain == null) {
            return null;
        }
        domain = domain.toLowerCase(Locale.ROOT);
        if (domain.startsWith("@")) {
            domain = domain.substring(1);
        }
        if (!DOMAIN.matcher(domain).matches()) {
            throw new InvalidInputException("emailDomain", "must be a domain such as cqc.org.uk");
        }
        return domain;
    }
}
