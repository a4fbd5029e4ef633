/**
 * The redacted minutes for one recipient agency: the pure redaction rules
 * applied to the full minutes, then the minutes builder, which titles and
 * marks the result as a redacted copy.
 */
import type { Document } from 'docx'
import { redactMinutes, type PseudonymMap, type RedactionProfile } from '../../../shared/domain/redaction'
import { buildMinutesDoc } from './minutes'
import type { HouseStyle, MinutesDocData } from './types'

export interface RedactedMinutesDoc {
  document: Document
  /** Which pseudonym stands for which person, for the sender's own record (never part of the document). */
  pseudonyms: PseudonymMap
}

export function buildRedactedMinutesDoc(data: MinutesDocData, profile: RedactionProfile, style: HouseStyle): RedactedMinutesDoc {
  const redacted = redactMinutes(data, profile)
  return { document: buildMinutesDoc(redacted.data, style), pseudonyms: redacted.pseudonyms }
}
