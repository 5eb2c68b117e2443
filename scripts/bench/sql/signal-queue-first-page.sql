-- GET /signals?page=1 as the support team: the first page in urgency order, its owners' names (one statement for
-- the owners on the page: JENV, SZW and VNG on the bench's data) and the total from the tally
SELECT s.id, s.agenda_item_id, s.answer, s.answered_at, s.answered_on_time, s.description, s.due_on, s.example,
       s.first_answered_at, s.owner_code, s.priority, s.reference, s.region_code, s.status, s.submitted_at,
       s.submitter_id, s.submitter_name, s.submitter_type, s.theme, s.title, s.type, s.updated_at, s.version
FROM signal s
ORDER BY CASE WHEN s.status IN ('submitted', 'in_progress') THEN 0 ELSE 1 END, s.due_on, s.submitted_at
FETCH FIRST 20 ROWS ONLY;
SELECT o.code, o.name FROM organisation o WHERE o.code = ANY('{JENV,SZW,VNG}');
SELECT coalesce(sum(t.n), 0) FROM signal_queue_national_tally t;
