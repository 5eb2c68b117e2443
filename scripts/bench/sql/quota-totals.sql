-- GET /housing-quotas/totals?period=2022-H2: whether any figures wait to be carried (none after the first
-- read), the half year's rows with their stored balances, and the totals a source reported for it.
SELECT EXISTS (SELECT 1 FROM housing_quota WHERE ledger_stale);
SELECT municipality_code, period, target, realised, arrears_in, estimated, source, note, carried_in, balance_end,
       ledger_estimated
FROM housing_quota WHERE period = '2022-H2';
SELECT * FROM housing_quota_total WHERE period = '2022-H2';
