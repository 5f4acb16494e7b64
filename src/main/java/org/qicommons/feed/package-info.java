/**
 * Atom feeds of a group, a project, a member's posts and a search, made (by ROME) from exactly what the
 * reader may read: anonymous readers get public content only; a member's secret feed address (its
 * {@code key}) reads as them, and resetting it stops the old addresses.
 */
package org.qicommons.feed;
