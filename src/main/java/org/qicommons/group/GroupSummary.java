package org.qicommons.group;

/** A group in a list, with how many active members it has. */
public record GroupSummary(Group group, long memberCount) {}
