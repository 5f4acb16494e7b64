package org.qicommons.member;

/** The member was signed out everywhere: their sessions from before now no longer count. */
public record SessionsEnded(long memberId) {}
