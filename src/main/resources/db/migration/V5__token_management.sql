-- Personal access tokens a member can tell apart, see in use, and that end: a name, when each was
-- last used (updated at most hourly) and when it expires (tokens issued before this get 90 days
-- from their creation).
ALTER TABLE access_token ADD COLUMN name VARCHAR(100);
ALTER TABLE access_token ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE access_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE access_token SET expires_at = created_at + INTERVAL '90' DAY;
ALTER TABLE access_token ALTER COLUMN expires_at SET NOT NULL;
CREATE INDEX access_token_member_ix ON access_token (member_id);
