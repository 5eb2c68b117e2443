-- Reference data: the policy domains, the organisations involved and the regions of 2021.

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE domain (
    code            text PRIMARY KEY CHECK (code IN ('reception', 'housing', 'integration')),
    name            text NOT NULL,
    name_en         text NOT NULL,
    description     text NOT NULL,
    description_en  text NOT NULL,
    position        int  NOT NULL UNIQUE
);

CREATE TABLE organisation (
    code          text PRIMARY KEY CHECK (code ~ '^[A-Z0-9]{2,12}$'),
    abbreviation  text NOT NULL,
    name          text NOT NULL,
    name_en       text,
    kind          text NOT NULL CHECK (kind IN ('ministry', 'association', 'agency', 'steering-table', 'foundation')),
    support_team  boolean NOT NULL DEFAULT false,
    description   text NOT NULL,
    source_url    text
);

CREATE TABLE region (
    code             text PRIMARY KEY CHECK (code ~ '^(GM[0-9]{4}|PV[0-9]{2})$'),
    name             text NOT NULL,
    type             text NOT NULL CHECK (type IN ('municipality', 'province')),
    province_code    text REFERENCES region (code),
    capital          text,
    population       int CHECK (population >= 0),
    population_note  text,
    search_name      text NOT NULL,
    CHECK ((type = 'municipality') = (province_code IS NOT NULL))
);

CREATE INDEX region_province_idx ON region (province_code);
CREATE INDEX region_type_name_idx ON region (type, name);
