package org.qicommons.search.internal;

/** One row of the change log: which entity changed (by id only) and how. */
record ChangeRow(long seq, String entityType, long entityId, String operation) {}
