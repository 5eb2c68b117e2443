-- A person follows a funding item to be reminded of its closing date (feature follow). One row per person
-- and item: following twice changes nothing.
CREATE TABLE follow (
    id         uuid PRIMARY KEY,
    account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    funding_id uuid NOT NULL REFERENCES catalogue_item (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    CONSTRAINT follow_once UNIQUE (account_id, funding_id)
);
CREATE INDEX follow_by_funding ON follow (funding_id);

-- Every closing-date alert that was put in the outbox, inserted in the same transaction as the mail: the
-- key makes an alert for the same follow, closing date and threshold (14 or 3 days before) go out once,
-- however many instances run the job. A moved closing date is a new key, so its alerts are due again.
-- See docs/decisions/0017-closing-alerts-once.md.
CREATE TABLE follow_alert (
    follow_id    uuid NOT NULL REFERENCES follow (id) ON DELETE CASCADE,
    closing_date date NOT NULL,
    days_before  integer NOT NULL CHECK (days_before IN (14, 3)),
    sent_at      timestamptz NOT NULL,
    PRIMARY KEY (follow_id, closing_date, days_before)
);
