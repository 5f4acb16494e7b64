package org.qicommons.member;

/**
 * Who is asking: a signed-in member, or an anonymous visitor. Every read and write use case takes
 * one, so permission is always decided for someone explicit.
 */
public record Viewer(Long memberId) {
    private static final Viewer ANONYMOUS = new Viewer(null);

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    public static Viewer member(long memberId) {
        return new Viewer(memberId);
    }

    public boolean signedIn() {
        return memberId != null;
    }

    public boolean is(Long otherMemberId) {
        return memberId != null && memberId.equals(otherMemberId);
    }
}
