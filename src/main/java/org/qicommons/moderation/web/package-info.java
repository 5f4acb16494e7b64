/**
 * The moderation pages: flagging a post, the moderators' queue, and the moderators' controls that
 * other features' pages carry (lock and move on a discussion, suspension on a profile). Each bean is
 * request-scoped and calls {@code ModerationService}; the pages are stateless forms that post back
 * to their own address.
 */
package org.qicommons.moderation.web;
