/**
 * What every web page shares: how times are shown, how service exceptions become messages on the
 * right form field, and how a page answers "not found". Feature pages live in each feature's
 * {@code web} package; only the page plumbing they all need is here.
 */
package org.qicommons.ui;
