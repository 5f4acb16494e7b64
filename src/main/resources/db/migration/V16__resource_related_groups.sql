-- The groups a shared resource is related to (where it is used or discussed): links, not an audience.
CREATE TABLE resource_group (
    resource_id  BIGINT NOT NULL,
    group_id     BIGINT NOT NULL,
    CONSTRAINT resource_group_pk PRIMARY KEY (resource_id, group_id),
    CONSTRAINT resource_group_resource_fk FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT resource_group_group_fk FOREIGN KEY (group_id) REFERENCES qi_group (id)
);
CREATE INDEX resource_group_group_ix ON resource_group (group_id);
