-- The finder's filters on domain, audience and organisation are array containment (@>), which these GIN
-- indexes answer; "= ANY(array)" could use no index at all. Together with the text index they let a search
-- at 10,000 items read only the items it finds.
CREATE INDEX catalogue_item_domains_idx ON catalogue_item USING gin (domains);
CREATE INDEX catalogue_item_audiences_idx ON catalogue_item USING gin (audiences);
CREATE INDEX catalogue_item_organisations_idx ON catalogue_item USING gin (organisation_codes);
