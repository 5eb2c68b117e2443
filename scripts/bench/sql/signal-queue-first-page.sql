-- GET /signals?page=1 as the support team: the first page in urgency order (the columns a list shows, with the
-- owner's name joined in) and the total from the tally
SELECT s.id, s.reference, s.type, s.theme, s.title, s.region_code, s.owner_code, o.name, s.status, s.priority,
       s.submitted_at, s.due_on, s.answered_at, s.example
FROM signal s LEFT JOIN organisation o ON o.code = s.owner_code
ORDER BY CASE WHEN s.status IN ('submitted', 'in_progress') THEN 0 ELSE 1 END, s.due_on, s.submitted_at
FETCH FIRST 20 ROWS ONLY;
SELECT coalesce(sum(t.n), 0) FROM signal_queue_national_tally t;
