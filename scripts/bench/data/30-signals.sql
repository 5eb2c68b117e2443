-- 1,000,000 signals and questions over the last five years, with their events (submission and each
-- transition), spread over every municipality and province, theme, owner, status, type and priority the
-- way a national service would see them: old signals mostly closed or answered, recent ones still open,
-- a backlog of overdue ones. Idempotent: does nothing once the generated signals are there (they are
-- recognised by their submitter). Deterministic (setseed), so two runs compare.
-- Generated rows are consistent by construction: skip the row-by-row foreign-key and tally triggers of this
-- session and count the tallies once at the end.
SET session_replication_role = replica;
SELECT setseed(0.13);

CREATE TEMP TABLE bench_signal AS
WITH regions AS (SELECT array_agg(code ORDER BY code) AS codes FROM region),
themes AS (SELECT array_agg(code ORDER BY position) AS codes, array_agg(default_owner ORDER BY position) AS owners
           FROM signal_theme),
owners AS (SELECT array_agg(code ORDER BY code) AS codes FROM organisation),
drawn AS (
    SELECT i, random() AS r_age, random() AS r_status, random() AS r_answer, random() AS r_region,
           random() AS r_theme, random() AS r_owner, random() AS r_type, random() AS r_priority
    FROM generate_series(1, 1000000) AS i
    WHERE NOT EXISTS (SELECT 1 FROM signal WHERE submitter_id = 'bench-generator')),
shaped AS (
    SELECT d.*,
           -- more signals recently than five years ago
           now() - make_interval(secs => (1826 * 86400) * d.r_age * d.r_age) AS submitted_at,
           1 + floor(d.r_theme * d.r_theme * 8)::int AS theme_index
    FROM drawn d)
SELECT md5('bench-signal-' || s.i)::uuid AS id,
       s.i,
       s.submitted_at,
       t.codes[s.theme_index] AS theme,
       CASE WHEN s.r_owner < 0.9 THEN t.owners[s.theme_index]
            ELSE o.codes[1 + floor(s.r_owner * 1000)::int % cardinality(o.codes)] END AS owner_code,
       r.codes[1 + floor(s.r_region * cardinality(r.codes))::int] AS region_code,
       CASE WHEN s.r_type < 0.7 THEN 'signal' ELSE 'question' END AS type,
       CASE WHEN s.r_priority < 0.15 THEN 'high' WHEN s.r_priority < 0.85 THEN 'normal' ELSE 'low' END AS priority,
       CASE WHEN now() - s.submitted_at < interval '30 days' THEN
                CASE WHEN s.r_status < 0.40 THEN 'submitted' WHEN s.r_status < 0.75 THEN 'in_progress'
                     WHEN s.r_status < 0.92 THEN 'answered' WHEN s.r_status < 0.96 THEN 'forwarded' ELSE 'rejected' END
            ELSE
                CASE WHEN s.r_status < 0.006 THEN 'submitted' WHEN s.r_status < 0.02 THEN 'in_progress'
                     WHEN s.r_status < 0.25 THEN 'answered' WHEN s.r_status < 0.33 THEN 'forwarded'
                     WHEN s.r_status < 0.38 THEN 'rejected' ELSE 'closed' END
       END AS status,
       -- working days to the first answer: mostly within the term of ten, a tail beyond it
       floor(1 + 25 * s.r_answer * s.r_answer)::int AS answer_after
FROM shaped s, regions r, themes t, owners o;

INSERT INTO signal (id, reference, type, theme, title, description, region_code, submitter_type, submitter_id,
                    submitter_name, owner_code, status, priority, submitted_at, due_on, answer, answered_at,
                    first_answered_at, answered_on_time, example, version, updated_at)
SELECT b.id,
       'SIG-' || extract(year FROM b.submitted_at AT TIME ZONE 'Europe/Amsterdam')::int || '-'
           || lpad((500000 + row_number() OVER (PARTITION BY extract(year FROM b.submitted_at AT TIME ZONE 'Europe/Amsterdam')
                                                 ORDER BY b.submitted_at, b.i))::text, 6, '0'),
       b.type, b.theme,
       (ARRAY['Wachttijd IND vertraagt huisvesting statushouders', 'Tekort aan woningen voor de taakstelling',
              'Vraag over de financiering van tijdelijke huisvesting', 'Inburgering: leerroute niet beschikbaar',
              'Onrust in de buurt over een nieuwe opvanglocatie', 'Voorrang voor statushouders en andere groepen',
              'Nareis telt mee in de taakstelling?', 'Samenwerking met het COA over uitstroom'])[1 + b.i % 8]
           || ' (' || b.i || ')',
       'Gegenereerd signaal voor de meting op landelijke schaal.',
       b.region_code, 'user', 'bench-generator', 'Meting', b.owner_code, b.status, b.priority, b.submitted_at,
       (b.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date + 14,
       CASE WHEN b.status IN ('answered', 'closed') THEN 'Gegenereerd antwoord.' END,
       CASE WHEN b.status IN ('answered', 'closed') THEN b.submitted_at + make_interval(days => b.answer_after * 7 / 5) END,
       CASE WHEN b.status IN ('answered', 'closed') THEN b.submitted_at + make_interval(days => b.answer_after * 7 / 5) END,
       CASE WHEN b.status IN ('answered', 'closed')
            THEN ((b.submitted_at + make_interval(days => b.answer_after * 7 / 5)) AT TIME ZONE 'Europe/Amsterdam')::date
                 <= (b.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date + 14 END,
       false, 1, b.submitted_at
FROM bench_signal b;

-- the history: submission, then each step to the present status
INSERT INTO signal_event (signal_id, occurred_at, actor_type, actor_id, actor_name, action, transition, from_status,
                          to_status, text)
SELECT b.id, b.submitted_at + make_interval(hours => step.n), 'user', 'bench-generator', 'Meting',
       CASE WHEN step.transition IS NULL THEN 'submitted' ELSE 'transition' END,
       step.transition, step.from_status, step.to_status, NULL
FROM bench_signal b
CROSS JOIN LATERAL (VALUES
    (0, NULL, NULL, NULL, true),
    (1, 'start', 'submitted', 'in_progress', b.status <> 'submitted'),
    (2, 'answer', 'in_progress', 'answered', b.status IN ('answered', 'closed')),
    (2, 'forward', 'in_progress', 'forwarded', b.status = 'forwarded'),
    (2, 'reject', 'in_progress', 'rejected', b.status = 'rejected'),
    (3, 'close', 'answered', 'closed', b.status = 'closed')) AS step(n, transition, from_status, to_status, happened)
WHERE step.happened;

SELECT signal_tallies_recount() FROM bench_signal LIMIT 1;
DROP TABLE bench_signal;
RESET session_replication_role;
ANALYZE signal;
ANALYZE signal_event;
