-- The Dashboard's panels asked of the database (issue 11): each is a count
-- and its first rows of the cases not closed. Partial indexes over those
-- cases alone, so a panel reads only its own cases, already in order.
-- High-risk cases, by reference.
CREATE INDEX case_summaries_open_by_risk ON case_summaries (risk_rank, reference_key) WHERE status <> 'closed';
-- Reviews due, soonest first.
CREATE INDEX case_summaries_open_by_review ON case_summaries (next_review_date, reference_key) WHERE status <> 'closed';
-- Cases flagged as not engaging, by reference.
CREATE INDEX case_summaries_not_engaging ON case_summaries (reference_key) WHERE non_engagement = 1 AND status <> 'closed';
