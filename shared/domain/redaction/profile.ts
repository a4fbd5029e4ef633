/** Recipient agency profiles: who a redacted copy is for and which sensitive categories it may carry. */
import type { SensitiveCategory } from '../minutesData'

export const sensitiveCategories = ['health', 'police_intelligence', 'third_party'] as const satisfies readonly SensitiveCategory[]

/** Lower-case, for use mid-sentence ('Withheld: health information ...'). */
export const sensitiveCategoryPhrases: Record<SensitiveCategory, string> = {
  health: 'health information',
  police_intelligence: 'police intelligence',
  third_party: 'third-party information',
}

export interface RedactionProfile {
  /** The agency the copy is for; its own actions stay visible on restricted cases. */
  recipientAgency: string
  /** The sensitive categories this agency may receive; tagged content outside them is withheld. */
  receives: readonly SensitiveCategory[]
  /** What names in free text become. Headings always use case reference and initials. */
  nameStyle?: 'pseudonym' | 'initials'
}

export function sameAgency(a: string, b: string): boolean {
  const normal = (name: string) => name.trim().replace(/\s+/gu, ' ').toLowerCase()
  return normal(a) === normal(b)
}

export function receives(profile: RedactionProfile, category: SensitiveCategory | null | undefined): boolean {
  return category === null || category === undefined || profile.receives.includes(category)
}

/** The line that stands where withheld content was, so the reader knows something is missing and why. */
export function withheldLine(category: SensitiveCategory, profile: RedactionProfile): string {
  return `Withheld: ${sensitiveCategoryPhrases[category]} (not shared with ${profile.recipientAgency})`
}
