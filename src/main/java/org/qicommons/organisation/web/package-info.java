/** Pages for organisations: the administrators' page that verifies them. */
package org.qicommons.organisation.web;
