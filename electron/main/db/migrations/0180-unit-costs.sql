-- Unit costs for the cost-benefit figures on the Reports screen (issue 14):
-- one cost per kind of service contact, in whole pence at its price year's
-- prices, with its source and the agency that bears it. Kinds with no row are
-- reported as "not costed", never as £0.
CREATE TABLE unit_costs (
  kind TEXT PRIMARY KEY CHECK (kind IN ('police_incident', 'ambulance', 'ae_attendance', 'gp_crisis', 'housing', 'other')),
  cost_pence INTEGER NOT NULL CHECK (cost_pence >= 0),
  price_year TEXT NOT NULL CHECK (price_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
  bearer TEXT NOT NULL CHECK (bearer IN ('police', 'nhs', 'local_authority', 'fire', 'other')),
  source TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Defaults from the Greater Manchester Unit Cost Database (New Economy, now
-- GMCA). Only the ambulance figure is quoted as published; the others are
-- marked indicative in their source so a team checks them before relying on
-- them. Police incidents and housing are left uncosted: no figure we could vouch for.
INSERT INTO unit_costs (kind, cost_pence, price_year, bearer, source, updated_at) VALUES
  ('ambulance', 21600, '2013-14', 'nhs', 'Greater Manchester Unit Cost Database (New Economy): ambulance call-out, £216 per incident at 2013-14 prices, from NHS Reference Costs.', '2026-12-02T00:00:00.000Z'),
  ('ae_attendance', 11700, '2013-14', 'nhs', 'Indicative: Greater Manchester Unit Cost Database (New Economy) A&E attendance, about £117 per attendance at 2013-14 prices, from NHS Reference Costs; check against the current database.', '2026-12-02T00:00:00.000Z'),
  ('gp_crisis', 4500, '2013-14', 'nhs', 'Indicative: GP surgery consultation, about £45 per contact at 2013-14 prices (PSSRU Unit Costs of Health and Social Care, as used by the Greater Manchester Unit Cost Database); check against the current database.', '2026-12-02T00:00:00.000Z');
