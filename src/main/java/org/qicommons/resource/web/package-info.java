/** The resource pages: the list with filters, a resource's page, and the form to share one. */
package org.qicommons.resource.web;
