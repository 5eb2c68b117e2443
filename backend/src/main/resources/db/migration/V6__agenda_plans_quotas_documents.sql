-- The picture a steering table needs: the documents that frame the work, the implementation agenda (IUA)
-- with its milestones, the provincial plans, and the housing quota (taakstelling) per municipality per
-- half year. Starting content from the letter of 12 February 2021 and researched, sourced facts.

CREATE TABLE document (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title       text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('letter', 'meeting', 'report', 'agreement')),
    issued_on   date NOT NULL,
    summary     text NOT NULL,
    url         text,
    source      text NOT NULL
);

INSERT INTO document (id, slug, title, kind, issued_on, summary, url, source) VALUES
('5b0e2a51-6d3c-4f0e-9a1e-1f0c2d3e4a01', 'uitvoeringsagenda-flexibilisering-asielketen', 'Uitvoeringsagenda Flexibilisering Asielketen', 'report', '2020-05-14',
 'De herinrichting van de asielketen: asielzoekers weten eerder of hun aanvraag kans maakt, zodat zij zich eerder voorbereiden op integratie of terugkeer. Drie soorten locaties: gemeenschappelijke voorzieningen, satellieten en regionale opvanglocaties.',
 'https://www.rijksoverheid.nl/onderwerpen/migratie/documenten/rapporten/2020/05/14/uitvoeringsagenda-flexibilisering-asielketen',
 'https://www.rijksoverheid.nl/onderwerpen/migratie/documenten/rapporten/2020/05/14/uitvoeringsagenda-flexibilisering-asielketen'),
('5b0e2a51-6d3c-4f0e-9a1e-1f0c2d3e4a02', 'lrt-overeenstemming-flexibele-opvang', 'Landelijke Regietafel: overeenstemming over flexibele opvang', 'meeting', '2020-06-19',
 'De LRT stemt in met de uitvoeringsagenda en schrijft alle burgemeesters en commissarissen van de Koning aan: provincies, gemeenten en COA maken in de tweede helft van 2020 concrete regionale plannen.',
 'https://www.rijksoverheid.nl/actueel/nieuws/2020/06/19/overeenstemming-over-flexibele-opvang-asielzoekers',
 'https://www.rijksoverheid.nl/actueel/nieuws/2020/06/19/overeenstemming-over-flexibele-opvang-asielzoekers'),
('5b0e2a51-6d3c-4f0e-9a1e-1f0c2d3e4a03', 'brief-lrt-3-november-2020', 'Brief van de Landelijke Regietafel over huisvesting vergunninghouders en opvang', 'letter', '2020-11-03',
 'De LRT schrijft gemeenten en provincies over de opgaven huisvesting vergunninghouders en opvang voor de komende tijd, en kondigt aan dat de ondersteuningsmaatregelen verder worden uitgewerkt.',
 NULL, 'Genoemd in de brief Integrale Handreiking van 12 februari 2021'),
('5b0e2a51-6d3c-4f0e-9a1e-1f0c2d3e4a04', 'lrt-15-december-2020', 'Landelijke Regietafel van 15 december 2020', 'meeting', '2020-12-15',
 'Afgesproken dat naast de Integrale Handreiking voor de korte termijn een eerste versie van de Integrale Uitvoeringsagenda (IUA) voor de middellange en lange termijn komt, vóór 1 april 2021.',
 NULL, 'Genoemd in de brief Integrale Handreiking van 12 februari 2021'),
('5b0e2a51-6d3c-4f0e-9a1e-1f0c2d3e4a05', 'brief-integrale-handreiking-12-februari-2021', 'Integrale Handreiking voor opvang, huisvesting en inburgering', 'letter', '2021-02-12',
 'Brief aan commissarissen en burgemeesters met de Integrale Handreiking als bijlage: de actuele opgaven, ondersteuningsmaatregelen en financiering, het gezamenlijke ondersteuningsteam, en een vooruitblik op de IUA, de werkgroep huisvesting aandachtsgroepen, de financiële paragraaf en de provinciale plannen.',
 NULL, 'De brief zelf (12 februari 2021)'),
('5b0e2a51-6d3c-4f0e-9a1e-1f0c2d3e4a06', 'een-thuis-voor-iedereen', 'Advies "Een thuis voor iedereen"', 'report', '2021-07-08',
 'Advies van de interbestuurlijke werkgroep huisvesting aandachtsgroepen (voorzitter Bernard ter Haar): meer woningen, een eerlijker verdeling van sociale huur, betere verbinding van wonen, zorg en werk, en het voorkomen van dakloosheid.',
 'https://www.woningmarktbeleid.nl/documenten/praktijkverhalen/2021/07/01/drie-vragen-aan-bernard-ter-haar-voorzitter-van-de-interbestuurlijke-werkgroep-huisvesting-aandachtsgroepen',
 'https://www.woningmarktbeleid.nl/documenten/praktijkverhalen/2021/07/01/drie-vragen-aan-bernard-ter-haar-voorzitter-van-de-interbestuurlijke-werkgroep-huisvesting-aandachtsgroepen');

-- Agenda items (actions of the Integrale Uitvoeringsagenda), each with milestones and every change kept.
CREATE TABLE agenda_item (
    id                  uuid PRIMARY KEY,
    title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description         text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
    domain              text NOT NULL REFERENCES domain (code),
    owner_code          text NOT NULL REFERENCES organisation (code),
    status              text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'stopped')),
    financial_eur       numeric(15, 2) CHECK (financial_eur >= 0),
    financial_note      text,
    source              text,
    version             int NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE TABLE agenda_milestone (
    agenda_item_id  uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position        int NOT NULL,
    due_on          date NOT NULL,
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    done            boolean NOT NULL,
    PRIMARY KEY (agenda_item_id, position)
);
CREATE INDEX agenda_milestone_due_idx ON agenda_milestone (due_on);

CREATE TABLE agenda_item_change (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agenda_item_id  uuid NOT NULL REFERENCES agenda_item (id),
    version         int NOT NULL,
    changed_at      timestamptz NOT NULL,
    actor_type      text NOT NULL CHECK (actor_type IN ('user', 'client', 'system')),
    actor_id        text NOT NULL,
    actor_name      text NOT NULL,
    action          text NOT NULL,
    changes         jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX agenda_item_change_item_idx ON agenda_item_change (agenda_item_id, version);

-- A forwarded signal feeds an agenda item.
ALTER TABLE signal ADD COLUMN agenda_item_id uuid REFERENCES agenda_item (id);
CREATE INDEX signal_agenda_idx ON signal (agenda_item_id) WHERE agenda_item_id IS NOT NULL;

INSERT INTO agenda_item (id, title, description, domain, owner_code, status, financial_eur, financial_note, source, version, created_at, updated_at) VALUES
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c01', 'Eerste versie Integrale Uitvoeringsagenda',
 'Naast de Integrale Handreiking voor de korte termijn een eerste versie van de Integrale Uitvoeringsagenda voor de middellange en lange termijn, met de accenten eerst op huisvesting. De signalen van gemeenten en provincies worden erin gebruikt. Stand zoals in de brief van 12 februari 2021.',
 'housing', 'LRT', 'in_progress', NULL, NULL, 'Brief Integrale Handreiking, 12 februari 2021', 1, '2021-02-12T00:00:00+01', '2021-02-12T00:00:00+01'),
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c02', 'Interdepartementale werkgroep huisvesting aandachtsgroepen',
 'Integraliteit voor aandachtsgroepen en bijzondere doelgroepen die gemeenten moeten huisvesten, en thema''s die het domein van JenV raken. Volgens de brief start de werkgroep in maart 2021; vooruitlopend pakt BZK met VNG de IUA integraal op vanuit Wonen. De werkgroep (voorzitter Bernard ter Haar) bracht op 8 juli 2021 advies uit.',
 'housing', 'BZK', 'done', NULL, NULL, 'https://www.woningmarktbeleid.nl/documenten/praktijkverhalen/2021/07/01/drie-vragen-aan-bernard-ter-haar-voorzitter-van-de-interbestuurlijke-werkgroep-huisvesting-aandachtsgroepen', 1, '2021-02-12T00:00:00+01', '2021-02-12T00:00:00+01'),
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c03', 'Integrale financiële paragraaf op huisvesting',
 'De financiële gevolgen van de opgaven op huisvesting worden zo goed mogelijk in kaart gebracht, gezamenlijk met VNG, BZK en JenV.',
 'housing', 'BZK', 'in_progress', NULL, 'Nog geen bedrag: de brief van 12 februari 2021 kondigt aan dat de financiële consequenties in kaart worden gebracht.', 'Brief Integrale Handreiking, 12 februari 2021', 1, '2021-02-12T00:00:00+01', '2021-02-12T00:00:00+01'),
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04', 'Uitvoeringsagenda Flexibilisering Asielketen als deel van de IUA',
 'De Uitvoeringsagenda Flexibilisering Asielketen wordt onderdeel van de IUA. Tot die er is, blijft de inzet onverkort, in de eerste plaats door de oplevering van de provinciale plannen.',
 'reception', 'JENV', 'in_progress', NULL, NULL, 'https://www.rijksoverheid.nl/onderwerpen/migratie/documenten/rapporten/2020/05/14/uitvoeringsagenda-flexibilisering-asielketen', 1, '2021-02-12T00:00:00+01', '2021-02-12T00:00:00+01');

INSERT INTO agenda_milestone (agenda_item_id, position, due_on, title, done) VALUES
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c01', 1, '2020-12-15', 'LRT spreekt een eerste versie vóór 1 april af', true),
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c01', 2, '2021-04-01', 'Eerste versie IUA', false),
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c02', 1, '2021-07-08', 'Advies "Een thuis voor iedereen"', true),
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04', 1, '2020-05-14', 'Uitvoeringsagenda vastgesteld', true),
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04', 2, '2020-06-19', 'LRT stemt in; provincies gevraagd om regionale plannen', true),
('a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04', 3, '2021-04-01', 'Opgenomen in de eerste versie IUA', false);

INSERT INTO agenda_item_change (agenda_item_id, version, changed_at, actor_type, actor_id, actor_name, action)
SELECT id, 1, created_at, 'system', 'starting-content', 'Startinhoud (brief 12 februari 2021)', 'created' FROM agenda_item;

-- One provincial plan per province; asked for when the LRT agreed the flexible asylum chain agenda (19 June 2020).
CREATE TABLE provincial_plan (
    province_code   text PRIMARY KEY REFERENCES region (code),
    status          text NOT NULL CHECK (status IN ('requested', 'in_progress', 'delivered')),
    requested_on    date,
    delivered_on    date CHECK (delivered_on >= requested_on),
    document_url    text,
    note            text,
    source          text,
    version         int NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (status <> 'delivered' OR delivered_on IS NOT NULL)
);

-- The plans themselves are made at start (plan/StartingPlans), once the provinces are loaded.

-- The housing quota per municipality per half year. Only target and realised are stored, and the arrears
-- carried in where they cannot be derived (the first half year known, or after a half year whose
-- realisation is unknown); the arrears or lead at the end of each half year is always derived.
CREATE TABLE housing_quota (
    municipality_code   text NOT NULL REFERENCES region (code),
    period              text NOT NULL CHECK (period ~ '^[0-9]{4}-H[12]$'),
    target              int NOT NULL CHECK (target >= 0),
    realised            int CHECK (realised >= 0),
    arrears_in          int,
    -- which of target, realised, arrearsIn are estimates (a national or provincial total spread over population)
    estimated           text[] NOT NULL DEFAULT '{}' CHECK (estimated <@ ARRAY['target', 'realised', 'arrearsIn']),
    source              text,
    note                text,
    updated_at          timestamptz NOT NULL,
    PRIMARY KEY (municipality_code, period)
);
CREATE INDEX housing_quota_period_idx ON housing_quota (period);
