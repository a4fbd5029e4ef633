export const needs = [
  'mental_health',
  'substance_misuse',
  'domestic_abuse',
  'housing',
  'debt',
  'employment',
  'offending',
  'physical_health',
  'parenting',
  'child_safeguarding',
  'isolation',
  'other',
] as const
export type Need = (typeof needs)[number]
export const needLabels: Record<Need, string> = {
  mental_health: 'Mental health',
  substance_misuse: 'Substance misuse',
  domestic_abuse: 'Domestic abuse',
  housing: 'Housing',
  debt: 'Debt',
  employment: 'Employment',
  offending: 'Offending',
  physical_health: 'Physical health',
  parenting: 'Parenting',
  child_safeguarding: 'Child safeguarding',
  isolation: 'Isolation',
  other: 'Other',
}
