-- Signals and questions from municipalities and provinces to the support team, with their lifecycle,
-- notes, links, attachments and every change; plus the outbox through which their e-mails leave.

-- The themes of the signals received since 3 November 2020 (letter of 12 February 2021), with help for
-- the submitter and the support-team organisation that owns a new signal of that theme. How many working
-- days the team has to answer is configuration (handreiking.signals.answer-days.<theme>).
CREATE TABLE signal_theme (
    code            text PRIMARY KEY CHECK (code ~ '^[a-z]+(-[a-z]+)*$'),
    name            text NOT NULL,
    name_en         text NOT NULL,
    description     text NOT NULL,
    description_en  text NOT NULL,
    default_owner   text NOT NULL REFERENCES organisation (code),
    position        int NOT NULL UNIQUE
);

INSERT INTO signal_theme (code, name, name_en, description, description_en, default_owner, position) VALUES
('ind-processing-times', 'Doorlooptijden IND', 'IND processing times',
 'Wachttijden bij de IND voor asielbeslissingen of nareis, en wat die betekenen voor opvang, huisvesting of inburgering in uw gemeente.',
 'Waiting times at the IND for asylum decisions or family reunification, and what they mean for reception, housing or integration in your municipality.', 'JENV', 1),
('flexible-asylum-chain', 'Flexibilisering asielketen', 'Flexible asylum chain',
 'De Uitvoeringsagenda Flexibilisering Asielketen: opvanglocaties, spreiding, capaciteit en afspraken met het COA.',
 'The implementation agenda for a flexible asylum chain: reception locations, distribution, capacity and agreements with COA.', 'JENV', 2),
('housing-quota', 'Taakstelling huisvesting', 'Housing quota',
 'De halfjaarlijkse taakstelling voor het huisvesten van vergunninghouders: hoogte, achterstand, toezicht door de provincie.',
 'The half-yearly quota for housing permit holders: its size, arrears, supervision by the province.', 'BZK', 3),
('housing-finance', 'Financiering huisvesting', 'Housing finance',
 'Geld voor het huisvesten van vergunninghouders: regelingen, uitkeringen, tekorten en de financiële paragraaf van de uitvoeringsagenda.',
 'Money for housing permit holders: schemes, payments, shortfalls and the financial paragraph of the implementation agenda.', 'BZK', 4),
('public-support', 'Maatschappelijk draagvlak', 'Public support',
 'Draagvlak voor opvang en huisvesting in de buurt: communicatie, zorgen van inwoners, bestuurlijke spanningen.',
 'Public support for reception and housing in the neighbourhood: communication, residents'' concerns, political tension.', 'VNG', 5),
('priority-groups', 'Voorrangsgroepen', 'Priority groups',
 'Vergunninghouders naast andere groepen met voorrang op een woning (dak- en thuislozen, uitstromers uit zorg): verdeling en spanning.',
 'Permit holders alongside other groups with priority for housing (homeless people, people leaving care): allocation and tension.', 'BZK', 6),
('integration', 'Inburgering', 'Civic integration',
 'De uitvoering van de inburgering: brede intake, persoonlijk plan, leerroutes, samenwerking met taalaanbieders.',
 'Carrying out civic integration: broad intake, personal plan, learning routes, cooperation with language providers.', 'SZW', 7),
('other', 'Overig', 'Other',
 'Alles wat niet onder een ander thema past. Het ondersteuningsteam kiest na ontvangst het juiste thema.',
 'Anything that fits no other theme. The support team chooses the right theme after receipt.', 'JENV', 8);

-- One row per year holds the last reference number handed out. Taking a number updates this row inside
-- the submitting transaction: concurrent submissions queue on the row lock, and a rolled-back submission
-- gives its number back, so numbers have no gaps.
CREATE TABLE signal_counter (
    year    int PRIMARY KEY,
    last    int NOT NULL CHECK (last >= 0)
);

CREATE TABLE signal (
    id                  uuid PRIMARY KEY,
    reference           text NOT NULL UNIQUE CHECK (reference ~ '^SIG-[0-9]{4}-[0-9]{6}$'),
    type                text NOT NULL CHECK (type IN ('signal', 'question')),
    theme               text NOT NULL REFERENCES signal_theme (code),
    title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description         text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
    region_code         text NOT NULL REFERENCES region (code),
    submitter_type      text NOT NULL CHECK (submitter_type IN ('user', 'client', 'system')),
    submitter_id        text NOT NULL,
    submitter_name      text NOT NULL,
    owner_code          text NOT NULL REFERENCES organisation (code),
    status              text NOT NULL CHECK (status IN ('submitted', 'in_progress', 'answered', 'forwarded', 'rejected', 'closed')),
    priority            text NOT NULL CHECK (priority IN ('low', 'normal', 'high')),
    submitted_at        timestamptz NOT NULL,
    due_on              date NOT NULL,
    answer              text,
    answered_at         timestamptz,
    -- the first answer decides the time-to-answer figures; a later answer after reopening does not
    first_answered_at   timestamptz,
    answered_on_time    boolean,
    example             boolean NOT NULL DEFAULT false,
    version             int NOT NULL,
    updated_at          timestamptz NOT NULL,
    CHECK ((first_answered_at IS NULL) = (answered_on_time IS NULL))
);
CREATE INDEX signal_queue_idx ON signal (status, due_on);
CREATE INDEX signal_region_idx ON signal (region_code);
CREATE INDEX signal_submitted_idx ON signal (submitted_at);

-- Everything that happened to a signal, oldest first: submission, each transition (from, to, text),
-- classification changes, links and attachments. Internal notes live apart, in signal_note.
CREATE TABLE signal_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    signal_id     uuid NOT NULL REFERENCES signal (id),
    occurred_at   timestamptz NOT NULL,
    actor_type    text NOT NULL CHECK (actor_type IN ('user', 'client', 'system')),
    actor_id      text NOT NULL,
    actor_name    text NOT NULL,
    action        text NOT NULL CHECK (action IN ('submitted', 'transition', 'classified', 'linked', 'unlinked', 'attached')),
    transition    text CHECK (transition IN ('start', 'answer', 'forward', 'reject', 'close', 'reopen')),
    from_status   text,
    to_status     text,
    text          text,
    changes       jsonb NOT NULL DEFAULT '[]',
    CHECK ((action = 'transition') = (transition IS NOT NULL AND to_status IS NOT NULL))
);
CREATE INDEX signal_event_signal_idx ON signal_event (signal_id, id);

CREATE TABLE signal_note (
    id            uuid PRIMARY KEY,
    signal_id     uuid NOT NULL REFERENCES signal (id),
    written_at    timestamptz NOT NULL,
    author_id     text NOT NULL,
    author_name   text NOT NULL,
    text          text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000)
);
CREATE INDEX signal_note_signal_idx ON signal_note (signal_id, written_at);

CREATE TABLE signal_link (
    signal_id     uuid NOT NULL REFERENCES signal (id),
    item_id       uuid NOT NULL REFERENCES catalogue_item (id),
    PRIMARY KEY (signal_id, item_id)
);

CREATE TABLE signal_attachment (
    id            uuid PRIMARY KEY,
    signal_id     uuid NOT NULL REFERENCES signal (id),
    file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type  text NOT NULL,
    size          int NOT NULL CHECK (size BETWEEN 1 AND 10485760),
    content       bytea NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    uploader_name text NOT NULL
);
CREATE INDEX signal_attachment_signal_idx ON signal_attachment (signal_id);

-- A submission with an Idempotency-Key is remembered per caller: a retry with the same key and body gets
-- the signal of the first, the same key with another body a problem.
CREATE TABLE signal_idempotency (
    caller_id     text NOT NULL,
    key           text NOT NULL,
    request_hash  text NOT NULL,
    signal_id     uuid NOT NULL REFERENCES signal (id),
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (caller_id, key)
);

-- E-mails are written here in the transaction that causes them and sent afterwards, so that a failing
-- mail server never blocks or loses a transition.
CREATE TABLE mail_message (
    id            uuid PRIMARY KEY,
    recipient     text NOT NULL,
    subject       text NOT NULL,
    body          text NOT NULL,
    created_at    timestamptz NOT NULL,
    sent_at       timestamptz,
    attempts      int NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error    text
);
CREATE INDEX mail_message_pending_idx ON mail_message (next_attempt_at) WHERE sent_at IS NULL;
