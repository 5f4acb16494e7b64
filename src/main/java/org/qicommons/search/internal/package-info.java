/**
 * Inside search: the index on disk ({@code SearchIndex}, one {@code IndexGeneration} live at a time),
 * the indexer that follows the change log ({@code Indexer}, {@code LogCursor}), the database reads it
 * needs ({@code IndexSource}), and the service implementations. The Lucene query side
 * ({@code QiAnalyzer}, {@code DocumentBuilder}, {@code LuceneSearcher}) is pure Lucene and knows
 * nothing of the container.
 */
package org.qicommons.search.internal;
