/**
 * What every feature shares: the three ways a use case can refuse (not found, forbidden, invalid
 * input) and the mapping of time to the database. Deliberately tiny; a feature's own types live in
 * the feature's package.
 */
package org.qicommons.core;
