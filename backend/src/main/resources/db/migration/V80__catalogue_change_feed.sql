-- The catalogue's change feed (GET /changes): one row per change of an item, written by a trigger in the same
-- transaction as the change, so that it can never miss or invent one. Archived items leave a row too (a
-- tombstone), so a system that syncs learns of withdrawals instead of seeing items silently vanish.
--
-- Rows are read in the order of the writing transaction's id (xid) and then of the row. A reader lists only
-- rows of transactions older than every transaction still running (pg_snapshot_xmin of its snapshot): those
-- have all ended, and every later commit has a larger xid. So a cursor (xid, seq) never passes a change that a
-- slow transaction commits later: the feed is gapless and stable.
CREATE TABLE catalogue_change (
    xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    item_id      uuid NOT NULL REFERENCES catalogue_item (id),
    kind         text NOT NULL,
    action       text NOT NULL CHECK (action IN ('created', 'changed', 'published', 'archived')),
    status       text NOT NULL,   -- the item's status after the change
    was_public   boolean NOT NULL, -- published before the change: its withdrawal is public news
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (xid, seq)
);

-- what anonymous callers may see: changes of published items and their withdrawal
CREATE INDEX catalogue_change_public_idx ON catalogue_change (xid, seq) WHERE status = 'published' OR was_public;

CREATE FUNCTION catalogue_change_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO catalogue_change (item_id, kind, action, status, was_public)
        VALUES (NEW.id, NEW.kind, 'created', NEW.status, false);
    ELSE
        INSERT INTO catalogue_change (item_id, kind, action, status, was_public)
        VALUES (NEW.id, NEW.kind,
                CASE WHEN NEW.status = OLD.status THEN 'changed'
                     WHEN NEW.status = 'published' THEN 'published'
                     WHEN NEW.status = 'archived' THEN 'archived'
                     ELSE 'changed' END,
                NEW.status, OLD.status = 'published');
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER catalogue_change_insert AFTER INSERT ON catalogue_item
    FOR EACH ROW EXECUTE FUNCTION catalogue_change_record();
CREATE TRIGGER catalogue_change_update AFTER UPDATE ON catalogue_item
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION catalogue_change_record();

-- the items there already, each as created when it was, in that order (one transaction: one xid)
INSERT INTO catalogue_change (item_id, kind, action, status, was_public, occurred_at)
SELECT id, kind, 'created', status, false, created_at FROM catalogue_item ORDER BY created_at, id;
