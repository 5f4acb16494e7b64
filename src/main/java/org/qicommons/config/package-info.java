/**
 * Start-up and wiring: the data source chosen by configuration, Flyway migrations, the readiness
 * check and the sample content loaded into an empty database.
 */
package org.qicommons.config;
