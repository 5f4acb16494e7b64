package org.qicommons.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.qicommons.core.ForbiddenException;
import org.qicommons.organisation.Organisation;

/** A person. The e-mail address is for signing in and mail only: it is never shown to others. */
@Entity
@Table(name = "member")
public class Member {
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

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Organisation getOrganisation() {
        return organisation;
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
