package org.qicommons.member;

/**
 * A member has just proved that an address is theirs (by a link sent to it, or by signing up where
 * addresses are not confirmed). Fired synchronously, inside the transaction that confirmed it, so
 * that what other features do about the address (invitations waiting for it become the member's)
 * commits with the confirmation or not at all. It carries the id and the address, not the entity.
 */
public record EmailConfirmed(long memberId, String email) {}
