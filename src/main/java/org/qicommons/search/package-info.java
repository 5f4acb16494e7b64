/**
 * Search: a Lucene index derived from the database. Every write appends to the change log
 * ({@link org.qicommons.search.ChangeLog}) in its own transaction; the indexer reads the log in
 * sequence order, reloads each entity by id and updates its document, so the index can always be
 * rebuilt from the database. {@link org.qicommons.search.SearchService} is the only way in, and its
 * API has no Lucene types, so the engine behind it can change (OpenSearch, say) without the callers.
 */
package org.qicommons.search;
