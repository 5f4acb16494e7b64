-- A member's recent posts, by time: refusing an exact repeat (issue 8) looks at the author's posts of
-- the last minute on every post and reply. With only the index on the author (post_author_ix, which
-- H2 keeps for the foreign key to member) that read every post the member ever wrote, so a prolific
-- member's replies grew slower with each one.
CREATE INDEX post_author_recent_ix ON post (author_id, created_at);
