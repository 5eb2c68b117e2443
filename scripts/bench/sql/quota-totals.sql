-- GET /housing-quotas/totals?period=2022-H2: the rows up to the half year (the ledger carries arrears over
-- them), and the totals a source reported for it.
SELECT municipality_code, period, target, realised, arrears_in, estimated, source, note
FROM housing_quota WHERE period <= '2022-H2';
SELECT * FROM housing_quota_total WHERE period = '2022-H2';
