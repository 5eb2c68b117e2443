-- The sources say when the provincial plans were asked for (19 June 2020), not whether or when each
-- province delivered its plan: that status is unknown, not "requested" or "not delivered".
ALTER TABLE provincial_plan DROP CONSTRAINT provincial_plan_status_check;
ALTER TABLE provincial_plan ADD CONSTRAINT provincial_plan_status_check
    CHECK (status IN ('unknown', 'requested', 'in_progress', 'delivered'));

-- Plans nobody has updated since the start move to unknown, saying what is known and from where.
UPDATE provincial_plan
SET status = 'unknown',
    note = concat_ws(' ', note, 'Gevraagd op 19 juni 2020. Of en wanneer deze provincie het plan opleverde, staat niet in de bronnen. '
        || 'In oktober 2021 had volgens de VNG één provincie een afgerond plan; welke, is niet gemeld (NOS, oktober 2021).')
WHERE version = 1 AND status = 'requested';
