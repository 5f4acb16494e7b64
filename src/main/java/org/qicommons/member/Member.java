package org.qicommons.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.qicommons.core.ForbiddenException;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationType;

/** A person. The e-mail address is for signing in and mail only: it is never shown to others. */
@Entity
@Table(name = "member")
public class Member {
    /** The members are in the UK: a suspension's end is told in UK time. */
    private static final DateTimeFormatter SUSPENDED_UNTIL =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "job_title")
    private String jobTitle;

    private String bio;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @ElementCollection
    @CollectionTable(name = "member_site_role", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<SiteRole> siteRoles = new HashSet<>();

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Column(name = "suspension_reason")
    private String suspensionReason;

    @Column(name = "session_generation")
    private int sessionGeneration;

    @Version
    private long version;

    protected Member() {}

    public Member(
            String email,
            String displayName,
            String passwordHash,
            Organisation organisation,
            String jobTitle,
            Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.organisation = organisation;
        this.jobTitle = jobTitle;
        this.createdAt = createdAt;
    }

    public void updateProfile(String displayName, Organisation organisation, String jobTitle, String bio) {
        this.displayName = displayName;
        this.organisation = organisation;
        this.jobTitle = jobTitle;
        this.bio = bio;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Following a link e-mailed to the address proves it is theirs. */
    public void confirmEmail(Instant at) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = at;
        }
    }

    /**
     * The member's address becomes {@code email}, confirmed at {@code at}: called only when a link sent
     * to the new address has been followed, so the old address works for signing in until then.
     */
    public void changeEmail(String email, Instant at) {
        this.email = email;
        this.emailConfirmedAt = at;
    }

    /** Members who have not confirmed their address read, but do not post or administer. */
    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    /** For what only a confirmed member may do (post, create a group): refused until they confirm. */
    public void requireConfirmedEmail() {
        if (!isEmailConfirmed()) {
            throw new ForbiddenException(
                    "confirm your e-mail address first: follow the link we sent you when you signed up");
        }
    }

    /**
     * For everything that writes content others read (posts, edits, groups, flags, invitations): a
     * confirmed address and no suspension in force. Suspended members still read.
     */
    public void requireMayWrite(Instant now) {
        requireConfirmedEmail();
        if (isSuspendedAt(now)) {
            throw new ForbiddenException("your account is suspended until " + suspensionEnd(suspendedUntil)
                    + ": you can read, but not post, until then");
        }
    }

    /** When a suspension ends, as members read it: "10 January 2027, 00:00 (UK time)". */
    public static String suspensionEnd(Instant until) {
        return SUSPENDED_UNTIL.format(until) + " (UK time)";
    }

    public boolean isSuspendedAt(Instant now) {
        return suspendedUntil != null && suspendedUntil.isAfter(now);
    }

    public void suspend(Instant until, String reason) {
        this.suspendedUntil = until;
        this.suspensionReason = reason;
    }

    public void unsuspend() {
        this.suspendedUntil = null;
        this.suspensionReason = null;
    }

    public Instant getSuspendedUntil() {
        return suspendedUntil;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    /**
     * The site roles in force: none until the address is confirmed, so that signing up with an
     * administrator's address gives nothing.
     */
    public Set<SiteRole> siteRoles() {
        return isEmailConfirmed() && !siteRoles.isEmpty() ? EnumSet.copyOf(siteRoles) : EnumSet.noneOf(SiteRole.class);
    }

    /** The roles as granted, confirmed or not (for the administrators' page). */
    public Set<SiteRole> grantedSiteRoles() {
        return siteRoles.isEmpty() ? EnumSet.noneOf(SiteRole.class) : EnumSet.copyOf(siteRoles);
    }

    public void setSiteRoles(Set<SiteRole> roles) {
        siteRoles.clear();
        siteRoles.addAll(roles);
    }

    public boolean isAdministrator() {
        return siteRoles().contains(SiteRole.ADMINISTRATOR);
    }

    /** Administrators moderate too. */
    public boolean isSiteModerator() {
        Set<SiteRole> roles = siteRoles();
        return roles.contains(SiteRole.MODERATOR) || roles.contains(SiteRole.ADMINISTRATOR);
    }

    /** Every session signed in before now stops counting (see QicAuthenticationMechanism). */
    public void endSessions() {
        sessionGeneration++;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /**
     * Whether the member's organisation can be believed: always for ordinary types, for official
     * ones (regulator, NHS trust, ICB, local authority) only when verified and, where the
     * organisation has an e-mail domain, when the member's confirmed address is at it.
     */
    public boolean isOrganisationVouched() {
        return organisation != null && organisation.vouchesFor(email, isEmailConfirmed());
    }

    /**
     * The type of organisation the member's posts are filed under (in search facets, say): only one
     * that vouches for them, so an unverified "regulator" never appears as one. Null otherwise.
     */
    public OrganisationType vouchedOrganisationType() {
        return isOrganisationVouched() ? organisation.getType() : null;
    }

    /** The organisation's name as the member gave it, vouched for or not; null without one. */
    public String organisationName() {
        return organisation == null ? null : organisation.getName();
    }

    /** Only verified regulators count as regulators, anywhere it matters. */
    public boolean isVerifiedRegulator() {
        return isOrganisationVouched() && organisation.getType() == OrganisationType.REGULATOR;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getBio() {
        return bio;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
