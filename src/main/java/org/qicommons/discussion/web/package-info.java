/**
 * Pages for discussions: the home page's recent activity, a group's activity stream, a whole
 * thread, editing, deleting, moderating and the history of a post, and the {@code /p/{id}}
 * permalinks. Per-post forms get ids from the post ({@code reply-ID}), so they are built with
 * {@code c:forEach} over lists the view-scoped page beans keep for the life of the view.
 */
package org.qicommons.discussion.web;
