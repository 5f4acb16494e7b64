package org.qicommons.member.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qicommons.change.ChangeKind;
import org.qicommons.change.ChangeLog;
import org.qicommons.change.Subject;
import org.qicommons.core.Checks;
import org.qicommons.core.ConflictException;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.core.UniqueKeys;
import org.qicommons.mail.Mailer;
import org.qicommons.member.AccessToken;
import org.qicommons.member.EmailAddresses;
import org.qicommons.member.EmailConfirmed;
import org.qicommons.member.EmailLink;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.SessionsEnded;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.Organisation;
import org.qicommons.security.PasswordHasher;

@ApplicationScoped
@Transactional
public class MemberServiceBean implements MemberService {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    ChangeLog changeLog;

    @Inject
    Event<EmailConfirmed> emailConfirmed;

    @Override
    public Member signUp(SignUp request) {
        return signUp(request, hasher::hash, false);
    }

    @Override
    public Member signUp(SignUp request, String passwordHash) {
        // the sample members: their fictional addresses can receive nothing, so they count as confirmed
        return signUp(request, password -> passwordHash, true);
    }

    private Member signUp(SignUp request, UnaryOperator<String> hash, boolean confirmed) {
        String email = EmailAddresses.normalise("email", request.email());
        String displayName = Checks.required("displayName", request.displayName(), MAX_DISPLAY_NAME);
        String password = checkPassword(request.password());
        Organisation organisation = organisationOrNull(request.organisationId());
        String jobTitle = Checks.optional("jobTitle", request.jobTitle(), MAX_JOB_TITLE);
        if (findByEmail(email).isPresent()) {
            throw new ConflictException("email", "a member with this e-mail address already exists");
        }
        Member member = new Member(email, displayName, hash.apply(password), organisation, jobTitle, Instant.now());
        em.persist(member);
        UniqueKeys.flush(em, "email", "a member with this e-mail address already exists");
        changeLog.record(Subject.MEMBER, member.getId(), ChangeKind.CREATED, member.getId());
        if (confirmEmail && !confirmed) {
            sendEmailConfirmation(member.getId());
        } else {
            addressConfirmed(member, member.getCreatedAt());
        }
        return member;
    }

    @Override
    public Optional<Member> authenticate(String email, String password) {
        if (email == null || password == null || password.length() > MAX_PASSWORD) {
            return Optional.empty();
        }
        Optional<Member> member = findByEmail(email.strip().toLowerCase(Locale.ROOT));
        if (member.isEmpty()) {
            hasher.burnEquivalentTime(password);
            return Optional.empty();
        }
        return member.filter(m -> hasher.matches(password, m.getPasswordHash()));
    }

    /** How long a personal access token lasts (QIC_TOKENS_DAYS). */
    @Inject
    Mailer mailer;

    @Inject
    EmailLinks links;

    /** Whether a new member must confirm their e-mail address before posting (QIC_CONFIRM_EMAIL). */
    @Inject
    @ConfigProperty(name = "qic.confirm.email", defaultValue = "true")
    boolean confirmEmail;

    @Inject
    @ConfigProperty(name = "qic.tokens.days", defaultValue = "90")
    int tokenDays;

    @Override
    public IssuedToken issueToken(String email, String password, String name) {
        String checkedName = Checks.optional("name", name, MAX_TOKEN_NAME);
        Member member = authenticate(email, password)
                .orElseThrow(() -> new InvalidInputException("password", "e-mail address or password is not right"));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "qic_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now();
        AccessToken details =
                new AccessToken(member.getId(), sha256(token), checkedName, now, now.plus(Duration.ofDays(tokenDays)));
        em.persist(details);
        em.flush();
        return new IssuedToken(token, details);
    }

    @Override
    public List<AccessToken> listTokens(long memberId) {
        return em.createQuery(
                        "select t from AccessToken t where t.memberId = :memberId order by t.createdAt desc, t.id desc",
                        AccessToken.class)
                .setParameter("memberId", memberId)
                .getResultList();
    }

    @Override
    public void revokeToken(long memberId, long tokenId) {
        AccessToken token = em.find(AccessToken.class, tokenId);
        if (token == null || !token.getMemberId().equals(memberId)) {
            throw new NotFoundException("Token");
        }
        em.remove(token);
    }

    @Override
    public int revokeAllTokens(long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member != null) {
            member.endSessions();
            sessionsEnded.fire(new SessionsEnded(memberId));
        }
        return em.createQuery("delete from AccessToken t where t.memberId = :memberId")
                .setParameter("memberId", memberId)
                .executeUpdate();
    }

    @Override
    public int sessionGeneration(long memberId) {
        List<Integer> generation = em.createQuery(
                        "select m.sessionGeneration from Member m where m.id = :id", Integer.class)
                .setParameter("id", memberId)
                .getResultList();
        // a member who no longer exists has no session that counts
        return generation.isEmpty() ? -1 : generation.get(0);
    }

    /** Observed after commit by the sessions' cache, so a rolled-back change ends nothing. */
    @Inject
    Event<SessionsEnded> sessionsEnded;

    @Override
    public Optional<Long> memberForToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createQuery("select t from AccessToken t where t.tokenHash = :hash", AccessToken.class)
                .setParameter("hash", sha256(token.strip()))
                .getResultStream()
                .findFirst()
                .filter(found -> !found.expiredAt(now))
                .map(found -> {
                    found.usedAt(now);
                    return found.getMemberId();
                });
    }

    @Override
    public Member findMember(long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("Member");
        }
        return member;
    }

    @Override
    public Member writingMember(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("sign in first");
        }
        Member member = em.find(Member.class, viewer.memberId());
        if (member == null) {
            throw new ForbiddenException("sign in first");
        }
        member.requireMayWrite(Instant.now());
        return member;
    }

    @Override
    public long memberCountOf(long organisationId) {
        return em.createQuery("select count(m) from Member m where m.organisation.id = :organisation", Long.class)
                .setParameter("organisation", organisationId)
                .getSingleResult();
    }

    @Override
    public List<Member> membersOf(long organisationId, int limit) {
        return em.createQuery(
                        "select m from Member m where m.organisation.id = :organisation order by m.displayName, m.id",
                        Member.class)
                .setParameter("organisation", organisationId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Member> findByName(String name, int limit) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return em.createQuery("select m from Member m where lower(m.displayName) = :name order by m.id", Member.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Member editProfile(long memberId, ProfileChange change) {
        Member member = findMember(memberId);
        member.updateProfile(
                Checks.required("displayName", change.displayName(), MAX_DISPLAY_NAME),
                organisationOrNull(change.organisationId()),
                Checks.optional("jobTitle", change.jobTitle(), MAX_JOB_TITLE),
                Checks.optional("bio", change.bio(), MAX_BIO));
        changeLog.record(Subject.MEMBER, member.getId(), ChangeKind.EDITED, member.getId());
        return member;
    }

    @Override
    public void changePassword(long memberId, String currentPassword, String newPassword) {
        Member member = findMember(memberId);
        String password = checkPassword("newPassword", newPassword);
        requireCurrentPassword(member, currentPassword);
        member.changePassword(hasher.hash(password));
        // whoever else knew the old password is signed out: tokens and other browsers
        revokeAllTokens(memberId);
    }

    /** For changes to the account itself: the member proves again who they are (an open session is not enough). */
    private void requireCurrentPassword(Member member, String currentPassword) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new InvalidInputException("currentPassword", "must not be empty");
        }
        if (currentPassword.length() > MAX_PASSWORD || !hasher.matches(currentPassword, member.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "is not right");
        }
    }

    /** How long a password reset link works. */
    static final Duration RESET_LINK_LIFE = Duration.ofHours(1);

    /** How long an e-mail confirmation link works. */
    static final Duration CONFIRM_LINK_LIFE = Duration.ofDays(7);

    @Override
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank() || email.length() > MAX_EMAIL) {
            throw new InvalidInputException("email", "must be an e-mail address");
        }
        Optional<Member> found = findByEmail(email.strip().toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            return;
        }
        Member member = found.get();
        links.create(member, EmailLink.Purpose.PASSWORD_RESET, RESET_LINK_LIFE)
                .ifPresent(token -> mailer.send(
                        member.getEmail(),
                        "Reset your QI Commons password",
                        "Hello " + member.getDisplayName() + ",\n\n"
                                + "Someone (we hope you) asked to reset the password of your QI Commons account.\n"
                                + "To choose a new password, open this link within the next hour:\n\n"
                                + mailer.siteAddress() + "/member/reset.xhtml?token=" + token + "\n\n"
                                + "If it was not you, you need do nothing: your password stays as it is.\n\n"
                                + "QI Commons\n"));
    }

    @Override
    public void resetPassword(String token, String newPassword) {
        String password = checkPassword("password", newPassword);
        EmailLink link = links.use(token, EmailLink.Purpose.PASSWORD_RESET);
        Member member = findMember(link.getMemberId());
        member.changePassword(hasher.hash(password));
        // following the link proves the address too
        addressConfirmed(member, Instant.now());
        revokeAllTokens(member.getId());
    }

    @Override
    public boolean sendEmailConfirmation(long memberId) {
        Member member = findMember(memberId);
        if (member.isEmailConfirmed()) {
            return false;
        }
        return links.create(member, EmailLink.Purpose.CONFIRM_EMAIL, CONFIRM_LINK_LIFE)
                .map(token -> {
                    mailer.send(
                            member.getEmail(),
                            "Confirm your e-mail address for QI Commons",
                            "Hello " + member.getDisplayName() + ",\n\n"
                                    + "Welcome to QI Commons. To confirm that this is your e-mail address, and to"
                                    + " start posting, open this link within the next 7 days:\n\n"
                                    + mailer.siteAddress() + "/member/confirm.xhtml?token=" + token + "\n\n"
                                    + "If you did not sign up, you need do nothing.\n\nQI Commons\n");
                    return true;
                })
                .orElse(false);
    }

    @Override
    public Member confirmEmail(String token) {
        EmailLink link = links.use(token, EmailLink.Purpose.CONFIRM_EMAIL, EmailLink.Purpose.CHANGE_EMAIL);
        Member member = findMember(link.getMemberId());
        if (link.getPurpose() == EmailLink.Purpose.CHANGE_EMAIL) {
            changeEmail(member, link.getNewEmail());
        } else {
            addressConfirmed(member, Instant.now());
        }
        return member;
    }

    /** How long a link to confirm a new address works: a day, as the old address is still in use meanwhile. */
    static final Duration CHANGE_LINK_LIFE = Duration.ofDays(1);

    @Override
    public void requestEmailChange(long memberId, String currentPassword, String newEmail) {
        Member member = findMember(memberId);
        String address = EmailAddresses.normalise("newEmail", newEmail);
        requireCurrentPassword(member, currentPassword);
        if (address.equals(member.getEmail())) {
            throw new InvalidInputException("newEmail", "is already your address");
        }
        // The link is made whether or not the address is taken, so that the hourly cap counts alike and
        // the answer cannot tell the two apart; an address in use gets a notice instead of the link.
        Optional<String> token = links.create(member, EmailLink.Purpose.CHANGE_EMAIL, CHANGE_LINK_LIFE, address);
        if (token.isEmpty()) {
            return;
        }
        if (findByEmail(address).isPresent()) {
            mailer.send(
                    address,
                    "Your e-mail address and QI Commons",
                    "Hello,\n\n"
                            + "Someone asked to use this e-mail address for their QI Commons account, but it"
                            + " already belongs to an account, so nothing has changed.\n"
                            + "If you have forgotten your password, you can choose a new one here:\n\n"
                            + mailer.siteAddress() + "/member/forgot.xhtml\n\n"
                            + "QI Commons\n");
        } else {
            mailer.send(
                    address,
                    "Confirm your new e-mail address for QI Commons",
                    "Hello " + member.getDisplayName() + ",\n\n"
                            + "To make this the e-mail address of your QI Commons account, open this link within"
                            + " the next 24 hours:\n\n"
                            + mailer.siteAddress() + "/member/confirm.xhtml?token=" + token.get() + "\n\n"
                            + "Until then, sign in with your old address. If you did not ask for this, you need"
                            + " do nothing.\n\nQI Commons\n");
        }
        mailer.send(
                member.getEmail(),
                "Your QI Commons e-mail address is being changed",
                "Hello " + member.getDisplayName() + ",\n\n"
                        + "Someone (we hope you) asked to change the e-mail address of your QI Commons account"
                        + " to " + address + ". It changes only when the link we sent to that address is"
                        + " opened; until then you sign in with this one.\n\n"
                        + "If it was not you, change your password now:\n\n"
                        + mailer.siteAddress() + "/member/edit.xhtml\n\nQI Commons\n");
    }

    /**
     * The link sent to the new address was followed: the address changes, every other link (sent to
     * the old address, or confirming another one) stops working, and so do the member's tokens.
     */
    private void changeEmail(Member member, String address) {
        if (findByEmail(address).isPresent()) {
            throw new ConflictException("email", "another account has this e-mail address now");
        }
        member.changeEmail(address, Instant.now());
        UniqueKeys.flush(em, "email", "another account has taken this e-mail address at the same moment");
        links.retireAll(member.getId());
        revokeAllTokens(member.getId());
        emailConfirmed.fire(new EmailConfirmed(member.getId(), address));
    }

    /** The member's address is proved theirs: the first time, other features hear of it. */
    private void addressConfirmed(Member member, Instant at) {
        if (!member.isEmailConfirmed()) {
            member.confirmEmail(at);
            emailConfirmed.fire(new EmailConfirmed(member.getId(), member.getEmail()));
        }
    }

    private Optional<Member> findByEmail(String email) {
        return em.createQuery("select m from Member m where m.email = :email", Member.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    private Organisation organisationOrNull(Long organisationId) {
        if (organisationId == null) {
            return null;
        }
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new InvalidInputException("organisationId", "no organisation has this id");
        }
        return organisation;
    }

    private static String checkPassword(String password) {
        return checkPassword("password", password);
    }

    private static String checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException(field, "must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidInputException(field, "must be at most " + MAX_PASSWORD + " characters");
        }
        return password;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
