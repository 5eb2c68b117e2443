-- The digests of refresh secrets a session has already rotated away from. Presenting one of these again is
-- reuse (someone else may hold a copy) and ends the session; any other secret is simply refused, so that
-- knowing a session's id (it is inside every access token) is not enough to end it.
CREATE TABLE auth_session_rotated (
    refresh_hash  text PRIMARY KEY,
    session_id    uuid NOT NULL REFERENCES auth_session (id) ON DELETE CASCADE,
    rotated_at    timestamptz NOT NULL
);
CREATE INDEX auth_session_rotated_session_idx ON auth_session_rotated (session_id);
