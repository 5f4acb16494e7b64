package org.qicommons.search.internal;

/** What one change-log entry means for the index: put a document (replacing any with its key), or remove one. */
sealed interface IndexChange {
    String key();

    record Put(IndexEntry entry) implements IndexChange {
        @Override
        public String key() {
            return entry.key();
        }
    }

    record Remove(String key) implements IndexChange {}
}
