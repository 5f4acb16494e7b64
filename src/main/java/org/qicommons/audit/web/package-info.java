/** The administrators' page that reads and filters the audit log. */
package org.qicommons.audit.web;
