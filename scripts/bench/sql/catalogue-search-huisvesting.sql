-- The statements of one finder search as the app sends them (catalogue/CatalogueSearch#searchSql):
-- custom plans for the transaction, page + total + facets in one statement, then the page's items.
BEGIN;
SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('enable_seqscan', 'off', true);
WITH hit AS MATERIALIZED (
    SELECT i.id, i.title, i.updated_at, i.valid_to, ts_rank_cd(i.search, websearch_to_tsquery('handreiking_nl', 'huisvesting')) AS rank, i.domains, i.audiences, i.organisation_codes, i.status
    FROM catalogue_item i WHERE i.kind = 'measure' AND i.status = 'published' AND i.search @@ websearch_to_tsquery('handreiking_nl', 'huisvesting')),
page AS (
    SELECT i.id, row_number() OVER (ORDER BY i.rank DESC, i.title, i.id) AS place FROM hit i ORDER BY i.rank DESC, i.title, i.id LIMIT 20 OFFSET 0)
SELECT 'item', CAST(p.id AS text), ts_headline('handreiking_nl', c.summary || ' ' || c.body, websearch_to_tsquery('handreiking_nl', 'huisvesting'), 'StartSel=⟦, StopSel=⟧, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'), CAST(NULL AS bigint), p.place FROM page p JOIN catalogue_item c ON c.id = p.id
UNION ALL SELECT 'total', NULL, NULL, count(*), NULL FROM hit
UNION ALL SELECT 'domain', v, NULL, count(*), NULL FROM hit CROSS JOIN LATERAL unnest(hit.domains) v GROUP BY v
UNION ALL SELECT 'audience', v, NULL, count(*), NULL FROM hit CROSS JOIN LATERAL unnest(hit.audiences) v GROUP BY v
UNION ALL SELECT 'organisation', v, NULL, count(*), NULL FROM hit CROSS JOIN LATERAL unnest(hit.organisation_codes) v GROUP BY v
UNION ALL SELECT 'status', hit.status, NULL, count(*), NULL FROM hit GROUP BY hit.status
ORDER BY 1, 5, 4 DESC, 2;
SELECT * FROM catalogue_item WHERE id IN (SELECT md5('bench-measure-' || g)::uuid FROM generate_series(1, 20) g);
COMMIT;
