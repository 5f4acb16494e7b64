/** The project pages: the list with its filters, a project's page with the team's forms, and the project form. */
package org.qicommons.project.web;
