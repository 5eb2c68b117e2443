-- A funding item is open only when its window says so: a known closing date still ahead, or a standing
-- scheme that a source calls open-ended. A past scheme whose closing date no source gives is "ended".
-- Without either, and without dates, its window is unknown: never counted as open.
ALTER TABLE catalogue_item
    ADD COLUMN open_ended   boolean NOT NULL DEFAULT false,
    ADD COLUMN window_ended boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT catalogue_item_window_funding CHECK (kind = 'funding' OR NOT (open_ended OR window_ended)),
    ADD CONSTRAINT catalogue_item_window_one CHECK (NOT (open_ended AND window_ended));
