-- A redacted copy is reviewed by the sender before it is saved (issue 10): the
-- register keeps the outcome beside the row it belongs to. `review` is JSON:
-- {"replacements": n, "acceptedAsSafe": ["word", ...], "termsAdded":
-- {"document": n, "caseKnownNames": n}}; the terms themselves are identifiers,
-- so only their number is kept. Adding columns keeps every row and every
-- append-only trigger. Rows from before the review have neither.
ALTER TABLE export_register ADD COLUMN review TEXT CHECK (review IS NULL OR json_valid(review));
ALTER TABLE export_register ADD COLUMN reviewed_by TEXT REFERENCES users (id);
-- From now on no redacted minutes are recorded without the review that let them out.
CREATE TRIGGER export_register_redacted_reviewed BEFORE INSERT ON export_register
WHEN NEW.document = 'minutes' AND NEW.variant = 'redacted' AND (NEW.review IS NULL OR NEW.reviewed_by IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'a redacted copy is recorded with its review');
END;
