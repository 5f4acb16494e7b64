-- Issue 10: a member's secret feed address. Their Atom feeds read as them when the address carries
-- this key (feed readers cannot sign in); resetting it makes a new one and the old addresses stop.
ALTER TABLE notification_setting ADD COLUMN feed_key VARCHAR(64);
ALTER TABLE notification_setting ADD CONSTRAINT notification_setting_feed_key UNIQUE (feed_key);
