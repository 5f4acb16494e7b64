/**
 * The audit log: who did what, to what, when and why, for every moderation, role and verification
 * action. Written by the feature that acts, in its own transaction (an action and its record commit
 * together); read and filtered by site administrators only.
 */
package org.qicommons.audit;
