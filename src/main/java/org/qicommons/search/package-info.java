/**
 * Search: a Lucene index derived from the database. Every write appends to the change log
 * ({@link org.qicommons.change.ChangeLog}) in its own transaction; the indexer reads the log in
 * sequence order and asks each feature's {@link org.qicommons.search.SearchDocumentSource} what the
 * change means for its documents, so the index can always be rebuilt from the database and knows no
 * feature itself. {@link org.qicommons.search.SearchService} is the only way in, and its
 * API has no Lucene types, so the engine behind it can change (OpenSearch, say) without the callers.
 */
package org.qicommons.search;
