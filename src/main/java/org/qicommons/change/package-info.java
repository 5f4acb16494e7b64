/**
 * The typed change log (a transactional outbox): every use case that changes something appends one
 * {@link org.qicommons.change.Change} in its own transaction, saying which thing changed
 * ({@link org.qicommons.change.Subject} and id), what happened to it
 * ({@link org.qicommons.change.ChangeKind}) and who did it. Consumers (the search indexer on every
 * node; notifications and e-mail later) read it in sequence order with their own durable cursors
 * through {@link org.qicommons.change.ChangeFeed}, so a crash neither loses nor repeats their work.
 * Entries carry ids only: a consumer reloads what it needs, as it is now.
 */
package org.qicommons.change;
