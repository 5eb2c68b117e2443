-- The support team's queue without a region filter counted its total from signal_queue_tally, summing about
-- 104,000 rows (region x owner x theme x type x status) at a million signals: most of the first page's time
-- (issue 13). The same counts without the region are a few hundred rows; the trigger keeps both in the same
-- transaction as every change of a signal, so both always equal a recount.
CREATE TABLE signal_queue_national_tally (
    owner_code    text NOT NULL,
    theme         text NOT NULL,
    type          text NOT NULL,
    status        text NOT NULL,
    n             bigint NOT NULL,
    PRIMARY KEY (owner_code, theme, type, status)
);

CREATE OR REPLACE FUNCTION signal_tallies_adding(changed text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN format($q$
        WITH changed AS (%s),
        facts AS (
            SELECT c.*, coalesce(r.province_code, r.code, c.region_code) AS province,
                   (c.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date AS day,
                   dutch_working_days((c.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date,
                                      (c.first_answered_at AT TIME ZONE 'Europe/Amsterdam')::date) AS working_days
            FROM changed c LEFT JOIN region r ON r.code = c.region_code),
        periods AS (
            SELECT f.*, g.grain, CASE g.grain WHEN 'day' THEN f.day ELSE date_trunc('month', f.day)::date END AS period
            FROM facts f CROSS JOIN (VALUES ('day'), ('month')) AS g(grain)),
        queue AS (
            INSERT INTO signal_queue_tally AS t (region_code, owner_code, theme, type, status, n)
            SELECT region_code, owner_code, theme, type, status, sum(d) FROM facts
            GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT (region_code, owner_code, theme, type, status) DO UPDATE SET n = t.n + excluded.n),
        national AS (
            INSERT INTO signal_queue_national_tally AS t (owner_code, theme, type, status, n)
            SELECT owner_code, theme, type, status, sum(d) FROM facts
            GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
            ON CONFLICT (owner_code, theme, type, status) DO UPDATE SET n = t.n + excluded.n),
        themes AS (
            INSERT INTO signal_theme_tally AS t (grain, period, province_code, theme, n)
            SELECT grain, period, province, theme, sum(d) FROM periods
            GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
            ON CONFLICT (grain, period, province_code, theme) DO UPDATE SET n = t.n + excluded.n),
        statuses AS (
            INSERT INTO signal_status_tally AS t (grain, period, province_code, status, n)
            SELECT grain, period, province, status, sum(d) FROM periods
            GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
            ON CONFLICT (grain, period, province_code, status) DO UPDATE SET n = t.n + excluded.n)
        INSERT INTO signal_answer_tally AS t (grain, period, province_code, working_days, on_time, n)
        SELECT grain, period, province, working_days, answered_on_time, sum(d)
        FROM periods WHERE first_answered_at IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (grain, period, province_code, working_days, on_time) DO UPDATE SET n = t.n + excluded.n
        $q$, changed);
END
$$;

CREATE OR REPLACE FUNCTION signal_tallies_recount() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE signal IN SHARE MODE;
    TRUNCATE signal_queue_tally, signal_queue_national_tally, signal_theme_tally, signal_status_tally, signal_answer_tally;
    EXECUTE signal_tallies_adding('SELECT s.region_code, s.owner_code, s.theme, s.type, s.status, s.submitted_at, '
                               's.first_answered_at, s.answered_on_time, 1 AS d FROM signal s');
END
$$;

SELECT signal_tallies_recount();
