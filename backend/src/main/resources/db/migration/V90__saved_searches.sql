-- Saved searches (issue 15): a person's finder search with a name, and a daily or weekly digest by e-mail of the
-- published items that match it and were created, changed or withdrawn since the last digest.
--
-- Which changes a digest covers is told by the catalogue's change feed (V80), by transaction id rather than by
-- clock: digest_horizon is the oldest transaction still running when the last digest was made (or when the search
-- was saved). Every change before it has ended; every later one has a larger id. The next digest lists the changes
-- from that horizon up to the horizon of its own moment, so none is skipped and none is listed twice.
-- A digest is claimed (FOR UPDATE SKIP LOCKED), its mail posted to the outbox and next_digest_at advanced in one
-- transaction: a crash sends nothing and leaves it due, two instances never both send it
-- (docs/decisions/0016-saved-search-digests-claimed-with-the-outbox.md).
CREATE TABLE saved_search (
    id              uuid PRIMARY KEY,
    account_id      uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name            text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    kind            text NOT NULL CHECK (kind IN ('task', 'measure', 'funding')),
    q               text,
    domain          text,
    audience        text,
    organisation    text,
    open_on         date,
    closes_before   date,
    sort            text,
    frequency       text NOT NULL CHECK (frequency IN ('daily', 'weekly')),
    paused          boolean NOT NULL DEFAULT false,
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    last_digest_at  timestamptz,
    next_digest_at  timestamptz NOT NULL,
    digest_horizon  xid8 NOT NULL DEFAULT pg_snapshot_xmin(pg_current_snapshot())
);

CREATE INDEX saved_search_account_idx ON saved_search (account_id, name, id);
-- what the digest job looks for: the active searches that are due
CREATE INDEX saved_search_due_idx ON saved_search (next_digest_at) WHERE NOT paused;
