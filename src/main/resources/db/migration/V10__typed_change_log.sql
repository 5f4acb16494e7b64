-- The change log becomes typed (issue 9): each entry says which kind of thing changed (entity_type:
-- org.qicommons.change.Subject), what happened to it (operation: org.qicommons.change.ChangeKind)
-- and who did it (actor_id: the member, or null when the site did it). Consumers keep their own
-- cursors, so the log is read by many and never consumed by one.
ALTER TABLE change_log ADD COLUMN actor_id BIGINT;

-- "UPDATED" said nothing about what happened; entries written before this are only ever re-read by
-- the indexer, for which an edit is an edit.
UPDATE change_log SET operation = 'EDITED' WHERE operation = 'UPDATED';
