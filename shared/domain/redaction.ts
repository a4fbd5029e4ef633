/**
 * Redaction rules for documents that leave the meeting (one job per file in
 * ./redaction/): pseudonyms and initials, the free-text scrubber, recipient
 * profiles, and the minutes transformation.
 *
 * Pure: no I/O, no clock, no docx. The Word builders render whatever these
 * rules leave, so every safeguard lives here where it can be unit-tested.
 */
export * from './redaction/pseudonyms'
export * from './redaction/scrubber'
export * from './redaction/profile'
export * from './redaction/minutes'
export * from './redaction/consentLabel'
export * from './redaction/commonWords'
export * from './redaction/review'
