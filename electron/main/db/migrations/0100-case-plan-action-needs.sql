-- Which of the case's needs each agreed action addresses, so the exported
-- case plan's "Need" column says why an action exists. A JSON array of
-- {"actionId": "...", "needs": ["housing", ...]}; older plans link none.
ALTER TABLE case_plans ADD COLUMN action_needs TEXT NOT NULL DEFAULT '[]';
