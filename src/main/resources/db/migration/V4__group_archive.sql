-- An owner can archive a group: it stays readable by whoever could read it, and nobody writes to it
-- (posts, replies, edits, joins, invitations) until an owner restores it. NULL: not archived.
ALTER TABLE qi_group ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
