/**
 * Special-interest groups, who belongs to them, and the one permission policy: what a viewer may
 * read, post or moderate follows from a group's visibility and the viewer's membership.
 */
package org.qicommons.group;
