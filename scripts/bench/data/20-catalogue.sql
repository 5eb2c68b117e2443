-- Bench data: 10,000 published measures, 200 tasks and 600 funding items (a third of them open) with realistic
-- Dutch text, so that the common words of the finder (huisvesting, statushouders, inburgering) hit hundreds to
-- thousands of items; every task links 10 measures and 3 funding items (stored both ways, as the app does).
-- Idempotent: does nothing when the bench items are there. Ids are derived from the number, so runs agree.
DO $$
BEGIN
IF EXISTS (SELECT 1 FROM catalogue_item WHERE slug = 'bench-maatregel-10000') THEN
    RETURN;
END IF;

CREATE TEMP TABLE bench_words (n int, onderwerp text, doel text, middel text, plaats text) ON COMMIT DROP;
INSERT INTO bench_words
SELECT n,
       (ARRAY['huisvesting', 'inburgering', 'opvang', 'participatie', 'taalonderwijs', 'werk en inkomen',
              'gezondheid', 'onderwijs', 'schuldhulp', 'woningbouw'])[1 + n % 10],
       (ARRAY['statushouders', 'arbeidsmigranten', 'asielzoekers', 'alleenstaande minderjarigen',
              'gezinnen', 'jongeren', 'nieuwkomers', 'werkzoekenden', 'ouderen'])[1 + (n / 10) % 9],
       (ARRAY['subsidie', 'handreiking', 'expertteam', 'pilot', 'leerkring', 'regeling', 'kennisbank',
              'maatwerkbudget', 'flexwoningen', 'begeleiding'])[1 + (n / 70) % 10],
       (ARRAY['gemeenten', 'provincies', 'woningcorporaties', 'het COA', 'regio''s', 'arbeidsmarktregio''s'])
              [1 + (n / 700) % 6]
FROM generate_series(1, 10800) n;

-- 10,000 measures
INSERT INTO catalogue_item (id, kind, slug, title, summary, body, domains, audiences, organisation_codes, status,
                            url, how_to_apply, contact, valid_from, valid_to, version, created_at, updated_at)
SELECT md5('bench-measure-' || n)::uuid, 'measure', 'bench-maatregel-' || n,
       initcap(middel) || ' ' || onderwerp || ' ' || doel || ' ' || n,
       'Een ' || middel || ' voor ' || plaats || ' die werken aan ' || onderwerp || ' van ' || doel
           || '. Ondersteunt bij de taakstelling en de samenwerking in de regio.',
       'Deze maatregel helpt ' || plaats || ' bij ' || onderwerp || ' van ' || doel || '. '
           || 'Gemeenten zijn verantwoordelijk voor ' || onderwerp || ' van ' || doel || '; '
           || 'de ' || middel || ' geeft praktische voorbeelden, een stappenplan en contactpersonen.' || E'\n\n'
           || (ARRAY['Het COA en de gemeente maken afspraken over de koppeling aan een woning.',
                     'Met de Wet inburgering 2021 krijgen gemeenten de regie over het inburgeringstraject.',
                     'Woningcorporaties bouwen tijdelijke woningen voor spoedzoekers en starters.',
                     'De regio verdeelt de opgave naar inwonertal en houdt de achterstand bij.',
                     'Vrijwilligers begeleiden nieuwkomers bij taal, werk en de weg in de gemeente.'])[1 + n % 5]
           || ' Zie ook de Handreiking voor meer uitleg over ' || onderwerp || '.',
       string_to_array((ARRAY['housing', 'integration', 'reception', 'housing,integration', 'reception,housing'])[1 + n % 5], ','),
       string_to_array((ARRAY['municipality', 'municipality,province', 'housing-association', 'municipality,ngo', 'coa,municipality'])[1 + (n / 5) % 5], ','),
       string_to_array((ARRAY['BZK', 'COA', 'JENV', 'SZW,VNG', 'VNG', 'DIVOSA'])[1 + (n / 25) % 6], ','),
       'published', 'https://www.example.nl/maatregel/' || n, 'Neem contact op met de regionale adviseur.',
       'maatregelen@example.nl',
       CASE WHEN n % 3 = 0 THEN DATE '2020-01-01' + (n % 700) END,
       CASE WHEN n % 3 = 0 THEN DATE '2022-01-01' + (n % 900) END,
       1, TIMESTAMPTZ '2021-01-01' + n * INTERVAL '1 hour', TIMESTAMPTZ '2021-01-01' + n * INTERVAL '1 hour'
FROM bench_words WHERE n <= 10000;

-- 200 tasks
INSERT INTO catalogue_item (id, kind, slug, title, summary, body, domains, audiences, organisation_codes, status,
                            horizon, period_start, period_end, version, created_at, updated_at)
SELECT md5('bench-task-' || n)::uuid, 'task', 'bench-opgave-' || n,
       'Opgave ' || onderwerp || ' ' || doel || ' ' || n,
       'De opgave van ' || plaats || ' voor ' || onderwerp || ' van ' || doel || '.',
       'Gemeenten huisvesten statushouders volgens de taakstelling en regelen hun inburgering. '
           || 'Deze opgave beschrijft wat ' || plaats || ' doen aan ' || onderwerp || '.',
       string_to_array((ARRAY['housing', 'integration', 'reception'])[1 + n % 3], ','),
       ARRAY['municipality', 'province'], ARRAY['BZK', 'VNG'], 'published',
       (ARRAY['short', 'medium', 'long'])[1 + n % 3], DATE '2021-01-01', DATE '2023-12-31',
       1, TIMESTAMPTZ '2021-01-01', TIMESTAMPTZ '2021-01-01'
FROM bench_words WHERE n <= 200;

-- 600 funding items: a third open (closing ahead), a sixth standing (open-ended), the rest closed or unknown
INSERT INTO catalogue_item (id, kind, slug, title, summary, body, domains, audiences, organisation_codes, status,
                            legal_basis, total_budget_eur, amount_per_applicant_eur, opens_on, closes_on,
                            open_ended, window_ended, version, created_at, updated_at)
SELECT md5('bench-funding-' || n)::uuid, 'funding', 'bench-regeling-' || n,
       'Regeling ' || onderwerp || ' ' || doel || ' ' || n,
       'Financiering voor ' || plaats || ' die werken aan ' || onderwerp || ' van ' || doel || '.',
       'Gemeenten kunnen een bijdrage aanvragen voor de huisvesting en inburgering van statushouders.',
       string_to_array((ARRAY['housing', 'integration', 'reception'])[1 + n % 3], ','),
       ARRAY['municipality'], ARRAY['RVO'], 'published', 'Kaderwet subsidies', 1000000 + n * 1000, 25000,
       CASE WHEN n % 6 IN (0, 1) THEN DATE '2021-01-01' WHEN n % 6 = 2 THEN DATE '2019-01-01' END,
       CASE WHEN n % 6 IN (0, 1) THEN DATE '2099-12-31' WHEN n % 6 = 2 THEN DATE '2019-12-31' END,
       n % 6 = 3, n % 6 = 4,
       1, TIMESTAMPTZ '2021-01-01', TIMESTAMPTZ '2021-01-01'
FROM bench_words WHERE n <= 600;

INSERT INTO catalogue_link (item_id, linked_id)
SELECT v.a2, v.b2 FROM (
    SELECT md5('bench-task-' || t)::uuid AS a, md5('bench-measure-' || (t * 10 + k))::uuid AS b
    FROM generate_series(1, 200) t, generate_series(0, 9) k
    UNION ALL
    SELECT md5('bench-task-' || t)::uuid, md5('bench-funding-' || (1 + (t * 3 + k) % 600))::uuid
    FROM generate_series(1, 200) t, generate_series(0, 2) k) l,
    LATERAL (VALUES (l.a, l.b), (l.b, l.a)) v(a2, b2)
ON CONFLICT DO NOTHING;
END $$;
ANALYZE catalogue_item;
ANALYZE catalogue_link;
