/** Pages for groups: the list of groups, creating one, a group's page and managing its members. */
package org.qicommons.group.web;
