-- At national scale (a million signals) the support queue and the public statistics must not read every
-- signal on each call.
--
-- The queue's urgency order (overdue first, then the earliest due date) is the same as: awaiting an answer
-- first, then by due date, because among the signals awaiting an answer the overdue ones are exactly those
-- with the earliest due dates. That order does not depend on today's date, so an index can hold it.
CREATE INDEX signal_urgency_idx ON signal ((CASE WHEN status IN ('submitted', 'in_progress') THEN 0 ELSE 1 END), due_on, submitted_at);

-- Working days as Dutch law counts them (signal/WorkingDays.java): weekends and the public holidays of the
-- Algemene termijnenwet skipped. Used for the time to the first answer in the tallies below.
CREATE FUNCTION dutch_easter_sunday(year int) RETURNS date LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    a int := year % 19;
    b int := year / 100;
    c int := year % 100;
    h int := (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
    l int := (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
    m int := (a + 11 * h + 22 * l) / 451;
BEGIN
    RETURN make_date(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
END
$$;

-- The public holidays of a year: New Year's Day, Good Friday, Easter Monday, Ascension Day, Whit Monday,
-- King's Day (the 26th when the 27th is a Sunday), Liberation Day and both Christmas days.
CREATE FUNCTION dutch_holidays(year int) RETURNS date[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    easter date := dutch_easter_sunday(year);
    kings_day date := make_date(year, 4, 27);
BEGIN
    IF extract(isodow FROM kings_day) = 7 THEN
        kings_day := kings_day - 1;
    END IF;
    RETURN ARRAY[make_date(year, 1, 1), easter - 2, easter + 1, easter + 39, easter + 50, kings_day,
                 make_date(year, 5, 5), make_date(year, 12, 25), make_date(year, 12, 26)];
END
$$;

-- Working days after from_day up to and including to_day; 0 when to_day is not later (WorkingDays.between):
-- the weekdays in between (counted from a Monday long ago), less the holidays on a weekday in between.
CREATE FUNCTION dutch_working_days(from_day date, to_day date) RETURNS int LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    days int;
    holiday date;
    counted date[] := '{}';
BEGIN
    IF from_day IS NULL OR to_day IS NULL THEN
        RETURN NULL;
    END IF;
    IF to_day <= from_day THEN
        RETURN 0;
    END IF;
    days := ((to_day - date '1900-01-01') / 7 * 5 + least((to_day - date '1900-01-01') % 7 + 1, 5))
          - ((from_day - date '1900-01-01') / 7 * 5 + least((from_day - date '1900-01-01') % 7 + 1, 5));
    FOR year IN extract(year FROM from_day)::int .. extract(year FROM to_day)::int LOOP
        FOREACH holiday IN ARRAY dutch_holidays(year) LOOP
            IF holiday > from_day AND holiday <= to_day AND extract(isodow FROM holiday) < 6
               AND NOT holiday = ANY (counted) THEN
                days := days - 1;
                counted := counted || holiday;
            END IF;
        END LOOP;
    END LOOP;
    RETURN days;
END
$$;

-- Counts kept in the same transaction as every change of a signal (triggers below), so that they always
-- equal a recount. The queue counts per filterable property; the statistics per day and per month of
-- submission (Dutch date) and province, so that a period reads whole months and at most two partial ones.
-- No CHECK (n >= 0): an upsert checks the row it proposes (a decrement, -1) before it finds the conflict.
CREATE TABLE signal_queue_tally (
    region_code   text NOT NULL,
    owner_code    text NOT NULL,
    theme         text NOT NULL,
    type          text NOT NULL,
    status        text NOT NULL,
    n             bigint NOT NULL,
    PRIMARY KEY (region_code, owner_code, theme, type, status)
);

CREATE TABLE signal_theme_tally (
    grain          text NOT NULL CHECK (grain IN ('day', 'month')),
    period         date NOT NULL,
    province_code  text NOT NULL,
    theme          text NOT NULL,
    n              bigint NOT NULL,
    PRIMARY KEY (grain, period, province_code, theme)
);

CREATE TABLE signal_status_tally (
    grain          text NOT NULL CHECK (grain IN ('day', 'month')),
    period         date NOT NULL,
    province_code  text NOT NULL,
    status         text NOT NULL,
    n              bigint NOT NULL,
    PRIMARY KEY (grain, period, province_code, status)
);

-- answered signals only: working days from submission to the first answer, and whether that was on time
CREATE TABLE signal_answer_tally (
    grain          text NOT NULL CHECK (grain IN ('day', 'month')),
    period         date NOT NULL,
    province_code  text NOT NULL,
    working_days   int NOT NULL,
    on_time        boolean NOT NULL,
    n              bigint NOT NULL,
    PRIMARY KEY (grain, period, province_code, working_days, on_time)
);

-- The statement that adds the signals of `changed` (a query with the counted columns of signal and a sign d of
-- +1 or -1) to every tally, in key order so that concurrent changes lock the counter rows in the same order.
-- The caller executes it itself: a trigger's transition tables are visible to the trigger function only.
CREATE FUNCTION signal_tallies_adding(changed text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
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

CREATE FUNCTION signal_tallies_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    counted CONSTANT text := 's.region_code, s.owner_code, s.theme, s.type, s.status, s.submitted_at, s.first_answered_at, '
                             's.answered_on_time';
BEGIN
    EXECUTE signal_tallies_adding(CASE TG_OP
        WHEN 'INSERT' THEN format('SELECT %s, 1 AS d FROM new_signals s', counted)
        WHEN 'DELETE' THEN format('SELECT %s, -1 AS d FROM old_signals s', counted)
        ELSE format('SELECT %1$s, -1 AS d FROM old_signals s UNION ALL SELECT %1$s, 1 AS d FROM new_signals s', counted) END);
    RETURN NULL;
END
$$;

CREATE TRIGGER signal_tallies_insert AFTER INSERT ON signal REFERENCING NEW TABLE AS new_signals
    FOR EACH STATEMENT EXECUTE FUNCTION signal_tallies_follow();
CREATE TRIGGER signal_tallies_update AFTER UPDATE ON signal REFERENCING OLD TABLE AS old_signals NEW TABLE AS new_signals
    FOR EACH STATEMENT EXECUTE FUNCTION signal_tallies_follow();
CREATE TRIGGER signal_tallies_delete AFTER DELETE ON signal REFERENCING OLD TABLE AS old_signals
    FOR EACH STATEMENT EXECUTE FUNCTION signal_tallies_follow();

-- Counts everything again (the signals already here; a bulk load that bypassed the triggers).
CREATE FUNCTION signal_tallies_recount() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE signal IN SHARE MODE;
    TRUNCATE signal_queue_tally, signal_theme_tally, signal_status_tally, signal_answer_tally;
    EXECUTE signal_tallies_adding('SELECT s.region_code, s.owner_code, s.theme, s.type, s.status, s.submitted_at, '
                               's.first_answered_at, s.answered_on_time, 1 AS d FROM signal s');
END
$$;

SELECT signal_tallies_recount();
