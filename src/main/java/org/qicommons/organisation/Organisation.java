package org.qicommons.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

@Entity
@Table(name = "organisation")
public class Organisation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    private String region;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Who added it (null for organisations added before that was recorded). */
    @Column(name = "created_by_id")
    private Long createdById;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by_id")
    private Long verifiedById;

    /** When set, only members with a confirmed address at this domain count as belonging to it. */
    @Column(name = "email_domain")
    private String emailDomain;

    protected Organisation() {}

    public Organisation(String name, OrganisationType type, String region, Instant createdAt, Long createdById) {
        this.name = name;
        this.nameKey = keyOf(name);
        this.type = type;
        this.region = region;
        this.createdAt = createdAt;
        this.createdById = createdById;
    }

    /** A site administrator has checked it is what it says it is. */
    public void verify(long administratorId, Instant at, String emailDomain) {
        this.verifiedAt = at;
        this.verifiedById = administratorId;
        this.emailDomain = emailDomain;
    }

    public void withdrawVerification() {
        this.verifiedAt = null;
        this.verifiedById = null;
        this.emailDomain = null;
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    /**
     * Whether someone can take this organisation's word for a member belonging to it: an official
     * type counts only once verified, and then (when a domain is set) only for a confirmed address at
     * that domain. Anyone could otherwise appear as "Care Quality Commission (Regulator)".
     */
    public boolean vouchesFor(String email, boolean emailConfirmed) {
        if (!type.isOfficial()) {
            return true;
        }
        if (!isVerified()) {
            return false;
        }
        if (emailDomain == null) {
            return true;
        }
        String address = email == null ? "" : email.toLowerCase(Locale.ROOT);
        return emailConfirmed && (address.endsWith("@" + emailDomain) || address.endsWith("." + emailDomain));
    }

    /** The form of a name used to spot duplicates: case and runs of spaces do not matter. */
    public static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getRegion() {
        return region;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedById() {
        return createdById;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getEmailDomain() {
        return emailDomain;
    }

    /** An official type that no administrator has verified: shown as unverified. */
    public boolean isUnverifiedOfficial() {
        return type.isOfficial() && !isVerified();
    }
}
