/**
 * The search API: {@code GET /api/search}, {@code /api/search/suggest},
 * {@code /api/discussions/{id}/similar}, and {@code /api/admin/search} for administrators.
 */
package org.qicommons.search.rest;
