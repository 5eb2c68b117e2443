-- A saved search of funding can bring closing-date alerts for every item it finds, not only the items a
-- person follows one by one (issue 15). Switched on at this moment; NULL is off. An alert whose day came
-- before it was switched on is never sent, as for a follow made late.
ALTER TABLE saved_search ADD COLUMN closing_alerts_since timestamptz;
CREATE INDEX saved_search_closing_alerts_idx ON saved_search (account_id) WHERE closing_alerts_since IS NOT NULL;

-- What a person was told, whichever way they follow the item (directly, or through one or more saved
-- searches): one mail per person, item, closing date and threshold. Replaces follow_alert, which was keyed by
-- the follow and so could not see that a saved search had already told the same person. Inserted in the
-- transaction that posts the mail. See docs/decisions/0017-closing-alerts-once.md.
CREATE TABLE closing_alert (
    account_id   uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    funding_id   uuid NOT NULL REFERENCES catalogue_item (id) ON DELETE CASCADE,
    closing_date date NOT NULL,
    days_before  integer NOT NULL CHECK (days_before IN (14, 3)),
    sent_at      timestamptz NOT NULL,
    PRIMARY KEY (account_id, funding_id, closing_date, days_before)
);
INSERT INTO closing_alert (account_id, funding_id, closing_date, days_before, sent_at)
SELECT f.account_id, f.funding_id, a.closing_date, a.days_before, a.sent_at
FROM follow_alert a JOIN follow f ON f.id = a.follow_id
ON CONFLICT DO NOTHING;
DROP TABLE follow_alert;
