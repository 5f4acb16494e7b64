package org.qicommons.discussion;

import java.util.List;

/** A post now and every earlier version of its text, newest first. */
public record PostHistory(Discussion discussion, PostView current, List<PostRevision> revisions) {}
