-- People, other government systems, their sessions, sign-in throttling, and the audit log.

CREATE TABLE account (
    id              uuid PRIMARY KEY,
    email           text NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name    text NOT NULL,
    password_hash   text NOT NULL,
    role            text NOT NULL CHECK (role IN ('municipality', 'province', 'support', 'editor', 'admin')),
    organisation_code text REFERENCES organisation (code),
    region_code     text REFERENCES region (code),
    active          boolean NOT NULL DEFAULT true,
    demo            boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    -- municipality and province officials belong to a region, the others to an organisation
    CHECK ((role = 'municipality' AND region_code LIKE 'GM%' AND organisation_code IS NULL)
        OR (role = 'province' AND region_code LIKE 'PV%' AND organisation_code IS NULL)
        OR (role IN ('support', 'editor', 'admin') AND organisation_code IS NOT NULL AND region_code IS NULL))
);

CREATE TABLE auth_session (
    id            uuid PRIMARY KEY,
    account_id    uuid NOT NULL REFERENCES account (id),
    refresh_hash  text NOT NULL,
    created_at    timestamptz NOT NULL,
    refreshed_at  timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE INDEX auth_session_account_idx ON auth_session (account_id);

CREATE TABLE api_client (
    id                uuid PRIMARY KEY,
    client_id         text NOT NULL UNIQUE,
    name              text NOT NULL,
    secret_hash       text NOT NULL,
    scopes            text NOT NULL,
    organisation_code text REFERENCES organisation (code),
    region_code       text REFERENCES region (code),
    created_at        timestamptz NOT NULL,
    revoked_at        timestamptz
);

CREATE TABLE sign_in_failure (
    key            text PRIMARY KEY,
    failures       int NOT NULL,
    last_failure_at timestamptz NOT NULL,
    blocked_until  timestamptz
);

CREATE TABLE audit_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    actor_type   text NOT NULL CHECK (actor_type IN ('user', 'client', 'system')),
    actor_id     text NOT NULL,
    actor_name   text NOT NULL,
    action       text NOT NULL,
    entity_type  text NOT NULL,
    entity_id    text NOT NULL,
    summary      text NOT NULL
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC);
