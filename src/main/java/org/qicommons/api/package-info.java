/**
 * What every REST resource shares: the application path, JSON settings, the mapping of refusals to
 * {@code application/problem+json} responses, and the CSRF check for cookie-authenticated writes.
 * The resources themselves live in each feature's {@code rest} package.
 */
package org.qicommons.api;
