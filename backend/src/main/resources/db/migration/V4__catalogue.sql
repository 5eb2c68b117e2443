-- The catalogue: tasks (opgaven), support measures and funding, with links, publication and every version.
-- One table for the three kinds: they share search, publication, history, links and concurrency;
-- the kind-specific columns are empty for the other kinds (checked below).

-- Dutch full-text search that ignores accents: "financiele" finds "financiële", "woning" finds "woningen".
CREATE TEXT SEARCH CONFIGURATION handreiking_nl (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION handreiking_nl
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;

CREATE TABLE catalogue_item (
    id                   uuid PRIMARY KEY,
    kind                 text NOT NULL CHECK (kind IN ('task', 'measure', 'funding')),
    slug                 text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                text NOT NULL,
    summary              text NOT NULL,
    body                 text NOT NULL DEFAULT '',
    domains              text[] NOT NULL CHECK (cardinality(domains) > 0
                             AND domains <@ ARRAY['reception', 'housing', 'integration']),
    audiences            text[] NOT NULL DEFAULT '{}' CHECK (audiences <@ ARRAY['municipality', 'province',
                             'housing-association', 'coa', 'ngo', 'national-government']),
    organisation_codes   text[] NOT NULL DEFAULT '{}',
    status               text NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
    source_url           text,
    url                  text,
    how_to_apply         text,
    contact              text,
    -- task
    horizon              text CHECK (horizon IN ('short', 'medium', 'long')),
    period_start         date,
    period_end           date CHECK (period_end >= period_start),
    -- measure
    valid_from           date,
    valid_to             date CHECK (valid_to >= valid_from),
    -- funding
    legal_basis          text,
    total_budget_eur     numeric(15, 2) CHECK (total_budget_eur >= 0),
    amount_per_applicant_eur numeric(15, 2) CHECK (amount_per_applicant_eur >= 0),
    amount_note          text,
    opens_on             date,
    closes_on            date CHECK (closes_on >= opens_on),
    version              int NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    search               tsvector GENERATED ALWAYS AS (
                             setweight(to_tsvector('handreiking_nl', title), 'A')
                             || setweight(to_tsvector('handreiking_nl', summary), 'B')
                             || setweight(to_tsvector('handreiking_nl', body), 'C')) STORED,
    UNIQUE (kind, slug),
    CHECK (kind = 'task' OR (horizon IS NULL AND period_start IS NULL AND period_end IS NULL)),
    CHECK (kind = 'measure' OR (valid_from IS NULL AND valid_to IS NULL)),
    CHECK (kind = 'funding' OR (legal_basis IS NULL AND total_budget_eur IS NULL AND amount_per_applicant_eur IS NULL
                                AND amount_note IS NULL AND opens_on IS NULL AND closes_on IS NULL))
);

CREATE INDEX catalogue_item_search_idx ON catalogue_item USING gin (search);
CREATE INDEX catalogue_item_kind_status_idx ON catalogue_item (kind, status, updated_at);
CREATE INDEX catalogue_item_closes_idx ON catalogue_item (closes_on) WHERE kind = 'funding';

-- Links are undirected; each is stored once in each direction so that "linked to X" is one lookup.
CREATE TABLE catalogue_link (
    item_id    uuid NOT NULL REFERENCES catalogue_item (id) ON DELETE CASCADE,
    linked_id  uuid NOT NULL REFERENCES catalogue_item (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, linked_id),
    CHECK (item_id <> linked_id)
);
CREATE INDEX catalogue_link_linked_idx ON catalogue_link (linked_id);

CREATE TABLE catalogue_version (
    item_id      uuid NOT NULL REFERENCES catalogue_item (id) ON DELETE CASCADE,
    version      int NOT NULL,
    changed_at   timestamptz NOT NULL,
    actor_type   text NOT NULL CHECK (actor_type IN ('user', 'client', 'system')),
    actor_id     text NOT NULL,
    actor_name   text NOT NULL,
    action       text NOT NULL,
    changes      jsonb NOT NULL,
    PRIMARY KEY (item_id, version)
);
