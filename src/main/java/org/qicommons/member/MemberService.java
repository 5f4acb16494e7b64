package org.qicommons.member;

import java.util.List;
import java.util.Optional;

/** Use cases for members: joining, signing in, tokens and profiles. */
public interface MemberService {
    int MAX_EMAIL = 254;
    int MAX_DISPLAY_NAME = 100;
    int MIN_PASSWORD = 10;
    int MAX_PASSWORD = 200;
    int MAX_JOB_TITLE = 150;
    int MAX_BIO = 2000;

    Member signUp(SignUp request);

    /**
     * {@link #signUp} with the password already hashed by {@code PasswordHasher}, for members who
     * share one password: the sample content hashes it once instead of once per member (each hash
     * is half a second of start-up). Their addresses are fictional, so they count as confirmed.
     */
    Member signUp(SignUp request, String passwordHash);

    /** The member with this e-mail and password, if both match. Slow on purpose (PBKDF2). */
    Optional<Member> authenticate(String email, String password);

    /** Checks the password and returns a new personal access token, shown to the caller once. */
    /**
     * A new personal access token for these credentials, named as the member will recognise it
     * (or null); the token itself exists only in the answer, the database keeps its hash.
     */
    IssuedToken issueToken(String email, String password, String name);

    record IssuedToken(String token, AccessToken details) {}

    /**
     * E-mails a password reset link to the member with this address, if there is one; says nothing
     * either way (no one learns which addresses have accounts). At most a few links an hour per member.
     */
    void requestPasswordReset(String email);

    /**
     * Sets a new password through a reset link's secret (InvalidInputException on {@code token} when
     * it is unknown, used or expired), and revokes the member's personal access tokens.
     */
    void resetPassword(String token, String newPassword);

    /**
     * E-mails a link to confirm the member's address, unless it is confirmed already or three were
     * sent in the last hour; whether one was sent.
     */
    boolean sendEmailConfirmation(long memberId);

    /**
     * Confirms the address the link was sent to (InvalidInputException on {@code token}): the member's
     * address at sign-up, or the new address of a change asked for with {@link #requestEmailChange},
     * which then becomes the member's address (ConflictException on {@code email} if another account
     * took it meanwhile), revoking their personal access tokens.
     */
    Member confirmEmail(String token);

    /**
     * Asks to change the member's address, giving the current password (a wrong one:
     * InvalidInputException on {@code currentPassword}): a link to confirm it goes to the new address
     * and a notice to the old one, which works until the link is followed. Says nothing on whether the
     * new address belongs to another account: that account's owner gets a notice instead of the link.
     */
    void requestEmailChange(long memberId, String currentPassword, String newEmail);

    int MAX_TOKEN_NAME = 100;

    /** The member's tokens, newest first: never the token itself, which is shown once. */
    List<AccessToken> listTokens(long memberId);

    /** Revokes one of the member's tokens; NotFoundException if it is not theirs. */
    void revokeToken(long memberId, long tokenId);

    /**
     * Signs the member out everywhere: revokes every token and ends every browser session (each
     * ends at its next request); how many tokens were revoked. Changing or resetting the password
     * does the same.
     */
    int revokeAllTokens(long memberId);

    /** The member's session generation: a session signed in under an older one has been ended. */
    int sessionGeneration(long memberId);

    /** The member a personal access token belongs to. */
    Optional<Long> memberForToken(String token);

    Member findMember(long id);

    /**
     * The signed-in member behind the viewer, who may write now (a confirmed address, no suspension);
     * ForbiddenException for anyone else, saying why.
     */
    Member writingMember(Viewer viewer);

    /**
     * Members whose display name is this one, ignoring case and surrounding spaces, by name then
     * sign-up order, at most {@code limit}: several people can share a name.
     */
    List<Member> findByName(String name, int limit);

    /** The members who give this organisation as theirs, by name (profiles are public). */
    List<Member> membersOf(long organisationId, int limit);

    long memberCountOf(long organisationId);

    Member editProfile(long memberId, ProfileChange change);

    /**
     * Sets a new password when the current one is given rightly (a wrong one: InvalidInputException
     * on {@code currentPassword}), and revokes the member's personal access tokens.
     */
    void changePassword(long memberId, String currentPassword, String newPassword);

    /** What a new member gives when joining. */
    record SignUp(String email, String displayName, String password, Long organisationId, String jobTitle) {}

    /** What a member may change on their profile. */
    record ProfileChange(String displayName, Long organisationId, String jobTitle, String bio) {}
}
