-- One shape of "who changed what, when" for every history (audit/Recorded): the time is occurred_at everywhere,
-- and a field change that names another item calls it "linked" (signal events said "item").
ALTER TABLE catalogue_version RENAME COLUMN changed_at TO occurred_at;
ALTER TABLE agenda_item_change RENAME COLUMN changed_at TO occurred_at;

UPDATE signal_event
SET changes = (SELECT jsonb_agg(CASE WHEN change ? 'item' THEN (change - 'item') || jsonb_build_object('linked', change -> 'item') ELSE change END
                                ORDER BY position)
               FROM jsonb_array_elements(changes) WITH ORDINALITY AS element(change, position))
WHERE jsonb_path_exists(changes, '$[*].item');
