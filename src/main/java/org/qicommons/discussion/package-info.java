/**
 * Discussions and their threaded posts. An update posted in a group starts a discussion and is its
 * first post; every reply answers one post of the same discussion. Each post stores its thread path
 * so a whole thread is read in order by one query.
 */
package org.qicommons.discussion;
