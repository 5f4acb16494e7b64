package org.qicommons.discussion;

import java.util.List;

/** A page of an activity stream, newest activity first; {@code nextCursor} is null on the last page. */
public record ActivityPage(List<ActivityItem> items, String nextCursor) {}
