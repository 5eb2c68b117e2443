-- Bench data: the housing quota of every municipality (352) for 20 half years (2013-H1 to 2022-H2), as an
-- import would write them: target and realised, arrears given only for the first half year. Rows that are
-- already there (the starting figures) are kept. Idempotent and quick.
INSERT INTO housing_quota (municipality_code, period, target, realised, arrears_in, estimated, source, updated_at)
SELECT r.code, y || '-H' || h,
       10 + abs(hashtext(r.code || y || h)) % 90,
       5 + abs(hashtext(r.code || h || y)) % 95,
       CASE WHEN y = 2013 AND h = 1 THEN abs(hashtext(r.code)) % 20 END,
       '{}', 'Aangeleverd door bench', now()
FROM region r, generate_series(2013, 2022) y, generate_series(1, 2) h
WHERE r.type = 'municipality'
  AND (SELECT count(*) FROM housing_quota) < 352 * 20
ON CONFLICT DO NOTHING;
ANALYZE housing_quota;
