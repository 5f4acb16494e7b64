/**
 * What a member has contributed, as a profile shows it to one viewer: their recent updates and replies,
 * projects, shared resources and groups, each only where the viewer may read it.
 */
package org.qicommons.profile;
