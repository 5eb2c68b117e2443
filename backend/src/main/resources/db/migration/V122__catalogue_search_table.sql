-- The finder searches a narrow copy of the catalogue (issue 13): only what matching, filters, facets and order
-- read, without summary, body and the kind-specific texts. A common word finds a thousand or more items, and
-- reading each whole row (about 1.4 kB) took half the match; a search row is about 0.7 kB, mostly its tsvector.
-- The facet values of an item are one array of 'facet:value' keys, so the facets are one count over the found
-- items and one GIN index answers the domain, audience and organisation filters.
-- Kept by the triggers below in the same statement as every insert and update of catalogue_item (whatever
-- writes it: the service, migrations, starting data, the bench), and removed with the item.
CREATE FUNCTION catalogue_facet_keys(domains text[], audiences text[], organisation_codes text[], status text)
    RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY(SELECT 'domain:' || v FROM unnest(domains) v)
        || ARRAY(SELECT 'audience:' || v FROM unnest(audiences) v)
        || ARRAY(SELECT 'organisation:' || v FROM unnest(organisation_codes) v)
        || ARRAY['status:' || status]
$$;

CREATE TABLE catalogue_search (
    id            uuid PRIMARY KEY REFERENCES catalogue_item (id) ON DELETE CASCADE,
    kind          text NOT NULL,
    status        text NOT NULL,
    updated_at    timestamptz NOT NULL,
    period_start  date,
    period_end    date,
    valid_from    date,
    valid_to      date,
    opens_on      date,
    closes_on     date,
    open_ended    boolean NOT NULL,
    window_ended  boolean NOT NULL,
    title         text NOT NULL,
    facet_keys    text[] NOT NULL,
    search        tsvector NOT NULL
);

CREATE FUNCTION catalogue_search_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO catalogue_search AS s (id, kind, status, updated_at, period_start, period_end, valid_from, valid_to,
                                       opens_on, closes_on, open_ended, window_ended, title, facet_keys, search)
    SELECT i.id, i.kind, i.status, i.updated_at, i.period_start, i.period_end, i.valid_from, i.valid_to, i.opens_on,
           i.closes_on, i.open_ended, i.window_ended, i.title,
           catalogue_facet_keys(i.domains, i.audiences, i.organisation_codes, i.status), i.search
    FROM changed_item i
    ON CONFLICT (id) DO UPDATE SET
        kind = EXCLUDED.kind, status = EXCLUDED.status, updated_at = EXCLUDED.updated_at,
        period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end, valid_from = EXCLUDED.valid_from,
        valid_to = EXCLUDED.valid_to, opens_on = EXCLUDED.opens_on, closes_on = EXCLUDED.closes_on,
        open_ended = EXCLUDED.open_ended, window_ended = EXCLUDED.window_ended, title = EXCLUDED.title,
        facet_keys = EXCLUDED.facet_keys, search = EXCLUDED.search;
    RETURN NULL;
END
$$;

CREATE TRIGGER catalogue_search_on_insert AFTER INSERT ON catalogue_item REFERENCING NEW TABLE AS changed_item
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_search_copy();
CREATE TRIGGER catalogue_search_on_update AFTER UPDATE ON catalogue_item REFERENCING NEW TABLE AS changed_item
    FOR EACH STATEMENT EXECUTE FUNCTION catalogue_search_copy();

INSERT INTO catalogue_search (id, kind, status, updated_at, period_start, period_end, valid_from, valid_to, opens_on,
                              closes_on, open_ended, window_ended, title, facet_keys, search)
SELECT id, kind, status, updated_at, period_start, period_end, valid_from, valid_to, opens_on, closes_on, open_ended,
       window_ended, title, catalogue_facet_keys(domains, audiences, organisation_codes, status), search
FROM catalogue_item ORDER BY kind, status;

-- fastupdate off: a GIN index otherwise gathers new entries in a pending list that every search reads from
-- start to end until a vacuum merges it. With 4,800 pending entries after loading the bench catalogue, the
-- planner priced the text index so high that it read all 10,000 measures instead (13 ms instead of 2 ms).
-- The catalogue is written by hand, a few items at a time: updating the index at once costs nothing noticeable.
CREATE INDEX catalogue_search_text_idx ON catalogue_search USING gin (search) WITH (fastupdate = off);
CREATE INDEX catalogue_search_facets_idx ON catalogue_search USING gin (facet_keys) WITH (fastupdate = off);
CREATE INDEX catalogue_search_kind_status_idx ON catalogue_search (kind, status, updated_at);
CREATE INDEX catalogue_search_closes_idx ON catalogue_search (closes_on) WHERE kind = 'funding';

-- every search widens its words through the vocabulary's trigram index (V110): the same pending list
ALTER INDEX catalogue_word_lexeme_idx SET (fastupdate = off);
ALTER INDEX catalogue_word_word_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('catalogue_word_lexeme_idx'), gin_clean_pending_list('catalogue_word_word_idx');

-- the catalogue's own search indexes served only the finder, which reads catalogue_search now
DROP INDEX catalogue_item_search_idx;
DROP INDEX catalogue_item_domains_idx;
DROP INDEX catalogue_item_audiences_idx;
DROP INDEX catalogue_item_organisations_idx;
