-- Several instances deliver the one outbox: each takes a message by claiming it (FOR UPDATE SKIP LOCKED)
-- for a lease; only an expired lease (an instance that died mid-delivery) lets another instance try again.
ALTER TABLE mail_message ADD COLUMN claimed_until timestamptz;
ALTER TABLE mail_message ADD COLUMN claimed_by text;
