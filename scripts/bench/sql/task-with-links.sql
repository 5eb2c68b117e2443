-- GET /tasks/{id} of a bench task with 13 links: the item, then its links as the few columns a link shows.
SELECT * FROM catalogue_item WHERE id = md5('bench-task-1')::uuid;
SELECT i.id, i.kind, i.title, i.slug, i.status FROM catalogue_item i
WHERE i.id IN (SELECT l.linked_id FROM catalogue_link l WHERE l.item_id = md5('bench-task-1')::uuid)
  AND i.status = 'published';
