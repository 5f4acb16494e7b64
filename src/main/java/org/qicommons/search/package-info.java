/**
 * Search. For now it holds the change log (transactional outbox) every write appends to; the Lucene
 * indexer that reads it comes with the search issue.
 */
package org.qicommons.search;
