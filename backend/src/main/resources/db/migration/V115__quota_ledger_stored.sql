-- The carried arrears of every half year are kept on the row (issue 13: the national totals reloaded every
-- half year up to the asked one and carried them in Java on every call). A row is stale when it, or any
-- other row of its municipality, was written since the ledger last carried that municipality; the
-- application carries stale municipalities again in the transaction that wrote them (import, starting
-- figures), and a read that finds stale rows (written by hand in SQL) carries them before it answers.
ALTER TABLE housing_quota ADD COLUMN carried_in integer;
ALTER TABLE housing_quota ADD COLUMN balance_end integer;
ALTER TABLE housing_quota ADD COLUMN ledger_estimated text[] NOT NULL DEFAULT '{}';
ALTER TABLE housing_quota ADD COLUMN ledger_stale boolean NOT NULL DEFAULT true;
CREATE INDEX housing_quota_ledger_stale_idx ON housing_quota (municipality_code) WHERE ledger_stale;
