-- A project's update stream: discussions that take place on a project instead of in a group.
-- A discussion belongs to exactly one place, a group or a project; its readers are that place's.
ALTER TABLE discussion ADD COLUMN project_id BIGINT REFERENCES project (id);
ALTER TABLE discussion ALTER COLUMN group_id DROP NOT NULL;
ALTER TABLE discussion ADD CONSTRAINT discussion_one_place
    CHECK ((group_id IS NULL AND project_id IS NOT NULL) OR (group_id IS NOT NULL AND project_id IS NULL));
CREATE INDEX discussion_project_activity_ix ON discussion (project_id, last_activity_at, id);
