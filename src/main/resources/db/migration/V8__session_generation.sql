-- "Sign out everywhere": a session remembers the generation its member had when they signed in, and
-- counts only while that is still the member's generation. Signing out everywhere, changing or
-- resetting the password adds one, ending every other session at its next request.
ALTER TABLE member ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
