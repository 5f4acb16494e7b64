/**
 * The one access policy over items that are not simply "a post in a group": projects, resources and
 * (later) shared discussions and messages. An item says who it is for ({@link
 * org.qicommons.access.Audience}); the policy answers whether a {@link org.qicommons.member.Viewer}
 * is among them. The group rule ({@code group.PermissionPolicy}) stays the rule for reading a group,
 * and is asked here through {@link org.qicommons.access.GroupReaders}. The same rule is written
 * twice more, for the database and for the search index, and tests check all three agree.
 */
package org.qicommons.access;
