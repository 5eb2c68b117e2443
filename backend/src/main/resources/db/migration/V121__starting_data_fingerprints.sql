-- Which starting data this database holds (issue 13, start-up): a loader of starting data (regions, catalogue
-- content, provincial plans, housing quotas) records a fingerprint of its source files, its own code and the
-- schema version when it has run, in the transaction that loads. At the next start it skips when the fingerprint
-- is the same, instead of checking every row again (about 1.5 s of every start). A new version of the data, of
-- the loader or of the schema gives another fingerprint, and the loader runs once more.
CREATE TABLE starting_data (
    loader      text PRIMARY KEY,
    fingerprint text NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now()
);
