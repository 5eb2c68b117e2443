-- The statements of one finder search as the app sends them (catalogue/CatalogueSearch#search), with the values it
-- binds on the bench's data (taken from the database's statement log, log_min_duration_statement = 0, 5 December):
-- custom plans for the transaction; the text with its glossary synonym (CatalogueSearch#withSynonyms) widened with
-- compounds from the vocabulary (SearchText#WIDEN_SQL); page + total + disjunctive facets in one statement over the
-- narrow search table (V122), exact matches first, ranked by the widened query only where an item holds a
-- compound (SearchFilters#rank); then the page's items.
-- When the starting content or the bench data change the vocabulary, take the values from the log again;
-- CatalogueQueryPlansTest#theBenchSendsTheStatementsTheFinderSends fails when the statements themselves change.
BEGIN;
SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_seqscan', 'off', true);
WITH q AS (SELECT CAST(websearch_to_tsquery('handreiking_nl', 'huisvesting') AS text) AS exact),
part AS (SELECT DISTINCT m[1] AS lexeme FROM q CROSS JOIN LATERAL regexp_matches(q.exact, '''([^'']+)''', 'g') m)
SELECT q.exact, p.lexeme, c.lexeme FROM q
LEFT JOIN part p ON length(p.lexeme) >= 4
LEFT JOIN LATERAL (SELECT w.lexeme FROM catalogue_word w
                   WHERE w.lexeme LIKE '%' || regexp_replace(p.lexeme, '([\\%_])', '\\\1', 'g') || '%' AND w.lexeme <> p.lexeme
                   GROUP BY w.lexeme ORDER BY length(w.lexeme), w.lexeme LIMIT 25) c ON true;
WITH hit AS MATERIALIZED (
    SELECT i.id, i.title, i.updated_at, i.valid_to, CASE WHEN i.search @@ CAST('''gehuisvest'' | ''volkshuisvest'' | ''huisvestingswet'' | ''realisatiehuisvest'' | ''volkshuisvestingsfond''' AS tsquery) THEN ts_rank_cd(i.search, CAST('( ''huisvest'' | ''gehuisvest'' | ''volkshuisvest'' | ''huisvestingswet'' | ''realisatiehuisvest'' | ''volkshuisvestingsfond'' )' AS tsquery)) ELSE ts_rank_cd(i.search, CAST('''huisvest''' AS tsquery)) END AS rank, i.search @@ CAST('''huisvest''' AS tsquery) AS exact, i.facet_keys, true AS in_domain, true AS in_audience, true AS in_organisation, true AS in_status
    FROM catalogue_search i WHERE i.kind = 'measure' AND i.status = 'published' AND i.search @@ CAST('( ''huisvest'' | ''gehuisvest'' | ''volkshuisvest'' | ''huisvestingswet'' | ''realisatiehuisvest'' | ''volkshuisvestingsfond'' )' AS tsquery)),
page AS (
    SELECT i.id, row_number() OVER (ORDER BY i.exact DESC, i.rank DESC, i.title, i.id) AS place FROM (
        SELECT * FROM hit i WHERE in_domain AND in_audience AND in_organisation AND in_status ORDER BY i.exact DESC, i.rank DESC, i.title, i.id LIMIT 20 OFFSET 0) i)
SELECT 'item', CAST(p.id AS text), ts_headline('handreiking_nl', c.summary || ' ' || c.body, CAST('( ''huisvest'' | ''gehuisvest'' | ''volkshuisvest'' | ''huisvestingswet'' | ''realisatiehuisvest'' | ''volkshuisvestingsfond'' )' AS tsquery), 'StartSel=⟦, StopSel=⟧, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'), CAST(NULL AS bigint), p.place FROM page p JOIN catalogue_item c ON c.id = p.id
UNION ALL SELECT 'total', NULL, NULL, count(*) FILTER (WHERE in_domain AND in_audience AND in_organisation AND in_status), NULL FROM hit
UNION ALL SELECT split_part(k, ':', 1), substr(k, strpos(k, ':') + 1), NULL, count(*), NULL FROM hit CROSS JOIN LATERAL unnest(hit.facet_keys) k GROUP BY k
ORDER BY 1, 5, 4 DESC, 2;
SELECT * FROM catalogue_item WHERE id IN (SELECT md5('bench-measure-' || g)::uuid FROM generate_series(1, 20) g);
COMMIT;
