package org.qicommons.member.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qicommons.audit.AuditAction;
import org.qicommons.audit.AuditLog;
import org.qicommons.audit.AuditTarget;
import org.qicommons.core.Checks;
import org.qicommons.core.ConflictException;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.NotFoundException;
import org.qicommons.member.Member;
import org.qicommons.member.SiteRole;
import org.qicommons.member.SiteRoleService;
import org.qicommons.member.Viewer;

@ApplicationScoped
@Transactional
public class SiteRoleServiceBean implements SiteRoleService {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Compared case-insensitively; comma-separated. */
    @Inject
    @ConfigProperty(name = "qic.admin.emails")
    Optional<String> adminEmails;

    @Override
    public Member setSiteRoles(Viewer viewer, long memberId, Set<SiteRole> roles, String reason) {
        Member admin = requireAdministrator(viewer);
        String why = Checks.optional("reason", reason, AuditLog.MAX_REASON);
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException("Member");
        }
        Set<SiteRole> before = member.grantedSiteRoles();
        Set<SiteRole> after = roles.isEmpty() ? EnumSet.noneOf(SiteRole.class) : EnumSet.copyOf(roles);
        if (before.equals(after)) {
            return member;
        }
        if (before.contains(SiteRole.ADMINISTRATOR) && !after.contains(SiteRole.ADMINISTRATOR)) {
            // Locks every administrator's role row, so two administrators removing each other at
            // once cannot both succeed and leave the site with none.
            List<?> admins = em.createNativeQuery(
                            "select member_id from member_site_role where role = 'ADMINISTRATOR' order by member_id for update")
                    .getResultList();
            if (admins.size() <= 1) {
                throw new ConflictException("roles", "the site needs at least one administrator");
            }
        }
        member.setSiteRoles(after);
        audit.record(
                admin.getId(),
                AuditAction.SET_SITE_ROLES,
                AuditTarget.member(member.getId(), member.getDisplayName()),
                why,
                describe(before) + " → " + describe(after));
        return member;
    }

    @Override
    public List<Member> findMembers(Viewer viewer, String text, int limit) {
        requireAdministrator(viewer);
        String wanted = Checks.optional("q", text, MAX_QUERY);
        if (wanted == null) {
            return List.of();
        }
        String like = "%"
                + wanted.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return em.createQuery(
                        "select m from Member m where lower(m.displayName) like :like escape '\\'"
                                + " or m.email like :like escape '\\' order by m.displayName, m.id",
                        Member.class)
                .setParameter("like", like)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Member> listStaff(Viewer viewer) {
        requireAdministrator(viewer);
        return em.createQuery(
                        "select distinct m from Member m join m.siteRoles r order by m.displayName, m.id", Member.class)
                .getResultList();
    }

    @Override
    public boolean bootstrapAdministrator(Viewer viewer) {
        if (!viewer.signedIn()) {
            return false;
        }
        Member member = em.find(Member.class, viewer.memberId());
        if (member == null) {
            return false;
        }
        if (member.isAdministrator()) {
            return true;
        }
        if (!member.isEmailConfirmed() || !listed(member) || administratorExists()) {
            return false;
        }
        grantFirst(member);
        return true;
    }

    @Override
    public void bootstrapAdministrators() {
        Set<String> listed = listedAddresses();
        if (listed.isEmpty() || administratorExists()) {
            return;
        }
        em
                .createQuery("select m from Member m where m.email in :emails", Member.class)
                .setParameter("emails", listed)
                .getResultList()
                .stream()
                .filter(Member::isEmailConfirmed)
                .forEach(this::grantFirst);
    }

    private void grantFirst(Member member) {
        Set<SiteRole> roles = member.grantedSiteRoles();
        roles.add(SiteRole.ADMINISTRATOR);
        member.setSiteRoles(roles);
        audit.record(
                null,
                AuditAction.SET_SITE_ROLES,
                AuditTarget.member(member.getId(), member.getDisplayName()),
                "first administrator: address listed in QIC_ADMIN_EMAILS",
                "→ " + describe(roles));
    }

    private boolean administratorExists() {
        return !em.createNativeQuery("select member_id from member_site_role where role = 'ADMINISTRATOR'")
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private boolean listed(Member member) {
        return member.getEmail() != null
                && listedAddresses().contains(member.getEmail().toLowerCase(Locale.ROOT));
    }

    private Set<String> listedAddresses() {
        return Arrays.stream(adminEmails.orElse("").split(","))
                .map(String::strip)
                .filter(email -> !email.isEmpty())
                .map(email -> email.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private Member requireAdministrator(Viewer viewer) {
        return requireAdministrator(viewer, "manage site roles");
    }

    @Override
    public Member requireAdministrator(Viewer viewer, String what) {
        if (!bootstrapAdministrator(viewer)) {
            throw new ForbiddenException("only site administrators " + what);
        }
        return em.find(Member.class, viewer.memberId());
    }

    private static String describe(Set<SiteRole> roles) {
        return roles.isEmpty()
                ? "no site role"
                : roles.stream().map(SiteRole::label).collect(Collectors.joining(", "));
    }
}
