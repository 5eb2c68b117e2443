-- Mails someone subscribed to (digests of saved searches, closing-date alerts) carry a one-click unsubscribe
-- address (RFC 8058 List-Unsubscribe), and an alert its calendar event as an attachment. Both are kept on
-- the message in the outbox, so what is sent after a restart is exactly what the change posted.
ALTER TABLE mail_message ADD COLUMN unsubscribe_url text;
ALTER TABLE mail_message ADD COLUMN attachment_name text;
ALTER TABLE mail_message ADD COLUMN attachment_type text;
ALTER TABLE mail_message ADD COLUMN attachment bytea;
ALTER TABLE mail_message ADD CONSTRAINT mail_message_attachment_whole
    CHECK ((attachment IS NULL) = (attachment_name IS NULL) AND (attachment IS NULL) = (attachment_type IS NULL));
