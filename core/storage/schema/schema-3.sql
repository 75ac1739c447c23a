-- QA Desk workspace schema, step 3: a revision takes the place of the evaluation it replaces. It keeps the original's
-- period instant (submitted_at) and evaluator (evaluator_id, submitted_by); who revised it, when and why is recorded
-- apart, so the decision note is credited to its author and not to the evaluator.

ALTER TABLE evaluations ADD COLUMN revised_by TEXT;
ALTER TABLE evaluations ADD COLUMN revised_at BIGINT;
ALTER TABLE evaluations ADD COLUMN revision_note TEXT NOT NULL DEFAULT '';

-- Revisions written before this step carried the decision's time and author as their submission: move those to the
-- revision columns, and date each revision by the first evaluation of its chain.
UPDATE evaluations SET revised_at = submitted_at, revised_by = submitted_by WHERE revision_of IS NOT NULL;

CREATE TEMPORARY TABLE revision_roots (id BIGINT PRIMARY KEY, root BIGINT NOT NULL);

WITH RECURSIVE chain(id, root) AS (
  SELECT id, id FROM evaluations WHERE revision_of IS NULL
  UNION ALL SELECT e.id, chain.root FROM evaluations e JOIN chain ON e.revision_of = chain.id)
INSERT INTO revision_roots (id, root) SELECT id, root FROM chain WHERE id <> root;

UPDATE evaluations SET
  submitted_at = (SELECT r.submitted_at FROM revision_roots t JOIN evaluations r ON r.id = t.root WHERE t.id = evaluations.id),
  submitted_by = (SELECT r.submitted_by FROM revision_roots t JOIN evaluations r ON r.id = t.root WHERE t.id = evaluations.id)
WHERE revision_of IS NOT NULL;

DROP TABLE revision_roots;
