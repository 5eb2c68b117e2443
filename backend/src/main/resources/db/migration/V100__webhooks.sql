-- Webhooks for other systems (issue 15 item 3, decision 0018). A subscription belongs to one API client; each event
-- is kept once (webhook_event) and queued for every subscription that wants it (webhook_delivery), inside the
-- transaction of the change: the delivery table is the outbox. Deliveries are claimed with FOR UPDATE SKIP LOCKED
-- (like mail_message), so with several instances each is sent by one of them.
CREATE TABLE webhook_subscription (
    id              uuid PRIMARY KEY,
    client_id       text NOT NULL REFERENCES api_client (client_id),
    url             text NOT NULL,
    events          text[] NOT NULL,
    -- Standard Webhooks secret (whsec_ + base64); we sign with it, so it is kept, and shown only once
    secret          text NOT NULL,
    contact_email   text,
    status          text NOT NULL CHECK (status IN ('active', 'paused')),
    paused_at       timestamptz,
    pause_reason    text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX webhook_subscription_client_idx ON webhook_subscription (client_id, created_at);

CREATE TABLE webhook_event (
    id              uuid PRIMARY KEY,
    type            text NOT NULL,
    subject         text NOT NULL,
    -- only this client's subscriptions receive it (a signal it submitted); null: every subscriber of the type
    audience        text,
    data            jsonb NOT NULL,
    occurred_at     timestamptz NOT NULL
);

CREATE TABLE webhook_delivery (
    id               uuid PRIMARY KEY,
    subscription_id  uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         uuid NOT NULL REFERENCES webhook_event (id),
    state            text NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts         int NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    next_attempt_at  timestamptz NOT NULL,
    delivered_at     timestamptz,
    last_status      int,
    last_error       text,
    claimed_until    timestamptz,
    claimed_by       text
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, created_at);

CREATE TABLE webhook_attempt (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivery_id  uuid NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt      int NOT NULL,
    started_at   timestamptz NOT NULL,
    duration_ms  int NOT NULL,
    status_code  int,
    error        text
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempt);

-- How far the catalogue's change feed (V80) has been turned into events: one row, locked by the run that reads on.
CREATE TABLE webhook_feed_position (
    feed    text PRIMARY KEY,
    cursor  text
);
INSERT INTO webhook_feed_position (feed, cursor) VALUES ('catalogue', NULL);
