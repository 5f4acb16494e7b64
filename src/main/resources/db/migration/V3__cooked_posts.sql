-- A post's Markdown rendered once, when it is written or edited, rather than on every view (what
-- Discourse calls "cooked"): the sanitised HTML, a short plain-text excerpt for streams, and the
-- version of the renderer that made them. Rows from before (cooked_version null), or cooked by an
-- older renderer, are rendered when read until they are next edited.
ALTER TABLE post ADD COLUMN cooked_html VARCHAR(1000000);
ALTER TABLE post ADD COLUMN cooked_excerpt VARCHAR(400);
ALTER TABLE post ADD COLUMN cooked_version INTEGER;
