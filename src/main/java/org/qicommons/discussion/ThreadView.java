package org.qicommons.discussion;

import java.util.List;
import org.qicommons.access.ConversationAccess;

/**
 * One page of a thread, in thread order. {@code nextCursor} is null on the last page; pass it as
 * {@code after} to read on.
 */
public record ThreadView(Discussion discussion, ConversationAccess access, List<PostView> posts, String nextCursor) {}
