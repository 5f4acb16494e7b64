/**
 * Keeping members in the conversation: what they follow (discussions, groups, projects, members) and
 * the notifications made for them from the change log. Notifications are derived: a consumer of the
 * change log ({@code internal.Notifier}) writes them through its own durable cursor, and every
 * notification is checked against the access policy again when it is shown, so one about something
 * the recipient can no longer read is never shown, counted or sent.
 */
package org.qicommons.notification;
