-- A status or role that changed is kept as its API values in three columns instead of as codes inside the
-- summary text ("RF-2021-0001: submitted → in_progress"), so that the app names them in words, in Dutch or
-- English. Earlier events are split the same way: the codes move to the columns, nothing is lost.

ALTER TABLE audit_event
    ADD COLUMN change_field text CHECK (change_field IN ('status', 'role')),
    ADD COLUMN change_from  text,
    ADD COLUMN change_to    text,
    ADD CONSTRAINT audit_event_change_complete CHECK ((change_field IS NULL) = (change_to IS NULL));

-- signal moves: "<reference>: <from> → <to>"
UPDATE audit_event
SET change_field = 'status',
    change_from  = substring(summary FROM ': ([a-z_]+) → [a-z_]+$'),
    change_to    = substring(summary FROM ' → ([a-z_]+)$'),
    summary      = substring(summary FROM '^(.*): [a-z_]+ → [a-z_]+$')
WHERE entity_type = 'signal' AND summary ~ ': [a-z_]+ → [a-z_]+$';

-- provincial plans: "Provinciaal plan <code>: <status>"; the summary names the province, as new events do
UPDATE audit_event e
SET change_field = 'status',
    change_to    = substring(e.summary FROM ': ([a-z_]+)$'),
    summary      = 'Provinciaal plan ' || coalesce((SELECT r.name FROM region r WHERE r.code = e.entity_id), e.entity_id)
WHERE e.entity_type = 'provincial-plan' AND e.summary ~ '^Provinciaal plan [A-Z0-9]+: [a-z_]+$';

-- new accounts: "Account aangemaakt voor <email> (<role>, <organisation or region>)"
UPDATE audit_event
SET change_field = 'role',
    change_to    = substring(summary FROM ' \((municipality|province|support|editor|admin), [^)]*\)$'),
    summary      = regexp_replace(summary, ' \((municipality|province|support|editor|admin), ([^)]*)\)$', ' (\2)')
WHERE entity_type = 'user' AND action = 'created' AND summary ~ ' \((municipality|province|support|editor|admin), [^)]*\)$';

-- links between a signal and a catalogue item: "<reference> <kind> <title>"; the action says what happened
UPDATE audit_event
SET summary = regexp_replace(summary, '^(\S+) (task|measure|funding) ', '\1: ')
WHERE entity_type = 'signal' AND action IN ('linked', 'unlinked') AND summary ~ '^\S+ (task|measure|funding) ';
