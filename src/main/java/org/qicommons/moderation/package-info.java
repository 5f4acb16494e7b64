/**
 * Keeping the space safe: members flag posts, flags queue for the group's moderators and the site's,
 * three flags from different members hide a post until someone reviews it, and moderators hide,
 * restore, lock, move and suspend. Every action is written to the audit log with its reason.
 */
package org.qicommons.moderation;
