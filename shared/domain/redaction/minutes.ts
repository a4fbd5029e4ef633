/**
 * Minutes for circulation: the full minutes turned into the copy one
 * recipient agency may see, and a case without consent reduced to general
 * terms even in the full minutes.
 *
 * Every object is rebuilt field by field, never spread, so a field added to
 * the minutes later fails to compile here instead of slipping through
 * unredacted. Every free-text field, including names and roles typed for
 * guests, owners and authors, goes through the one scrubber.
 */
import type { ActionItem, AgendaItem, CasePerson, MinutesDocData, SensitiveCategory, TaggedText } from '../minutesData'
import { sameAgency, receives, sensitiveCategories, withheldLine, type RedactionProfile } from './profile'
import { ambiguousNameReplacement, createScrubbers, type KnownPerson, type ScrubObserver, type Scrubber } from './scrubber'
import { assignPseudonyms, initials, type PseudonymMap } from './pseudonyms'
import { unambiguousInitials } from './consentLabel'

export interface RedactedMinutes {
  data: MinutesDocData
  pseudonyms: PseudonymMap
}

interface Redactor {
  profile: RedactionProfile
  pseudonyms: PseudonymMap
  scrub: Scrubber
  /** For fields holding one person's name (see Scrubbers.personName). */
  person: Scrubber
}

export interface RedactOptions {
  /** Terms the sender added at review, taken out everywhere in the copy. */
  terms?: readonly string[]
  /** Told of every replacement and every scrubbed text (the sender's review). */
  observer?: ScrubObserver
}

/** Turns full minutes into the copy a recipient agency may see, with the pseudonyms used. */
export function redactMinutes(data: MinutesDocData, profile: RedactionProfile, options: RedactOptions = {}): RedactedMinutes {
  const everyone = data.agendaItems.flatMap((item) => item.people)
  const pseudonyms = assignPseudonyms(everyone, data.date)
  // One scrubber for the whole document, every person scoped to their case:
  // a case's text has only its own household's names replaced (another
  // case's name left there is flagged at review), document-wide text
  // (attendance, amendments) every household's on this agenda, and the
  // ordinary-word rule keeps 'the price of the repairs' everywhere.
  const scrubbers = createScrubbers(
    data.agendaItems.flatMap((item) =>
      item.people.map((person) => knownPerson(person, replacementFor(person, pseudonyms, profile), item.caseReference)),
    ),
    { keep: [...professionalNames(data), profile.recipientAgency], ...options },
  )
  const { text: scrub, personName: person } = scrubbers
  const forItem = (item: AgendaItem): Redactor => ({ profile, pseudonyms, ...scrubberPair(scrubbers.scoped(item.caseReference)) })

  return {
    pseudonyms,
    data: {
      meetingKind: data.meetingKind,
      date: data.date,
      time: data.time,
      location: scrub(data.location),
      chair: person(data.chair),
      confidentiality: {
        statement: scrub(data.confidentiality.statement),
        agreedBy: data.confidentiality.agreedBy.map(person),
      },
      attendees: data.attendees.map((attendee) => ({
        name: person(attendee.name),
        agency: attendee.agency,
        role: scrub(attendee.role),
        attendance: attendee.attendance,
        ...(attendee.informationSent === undefined ? {} : { informationSent: attendee.informationSent }),
      })),
      // Counts across the cases identify no one; the redacted copy's reader needs the picture too.
      ...(data.directionCounts ? { directionCounts: { ...data.directionCounts } } : {}),
      agendaItems: data.agendaItems.map((item) =>
        item.consentToShare ? redactItem(item, forItem(item)) : restrictItem(item, forItem(item)),
      ),
      nextMeeting: data.nextMeeting
        ? {
            date: data.nextMeeting.date,
            time: data.nextMeeting.time ?? null,
            location: data.nextMeeting.location ? scrub(data.nextMeeting.location) : null,
          }
        : null,
      approval:
        data.approval.status === 'approved'
          ? { status: 'approved', approvedBy: person(data.approval.approvedBy), approvedOn: data.approval.approvedOn }
          : { status: 'draft' },
      version: data.version,
      amendments: data.amendments.map((amendment) => ({
        text: scrub(amendment.text),
        by: person(amendment.by),
        date: amendment.date,
      })),
      redaction: {
        recipientAgency: profile.recipientAgency,
        withheldCategories: sensitiveCategories.filter((category) => !profile.receives.includes(category)),
      },
    },
  }
}

/**
 * A case whose subject has not consented, in the full minutes: discussed in
 * general terms (DOMAIN.md). No people table, and every name, date of
 * birth, address, identifier and contact detail of the household is taken
 * out of its free text, names becoming initials ('GP (subject)' where the
 * initials read as an abbreviation or one of `reserved`, the agencies'
 * short names). The caller sets the title (reference and initials).
 */
export function inGeneralTerms(item: AgendaItem, reserved: readonly string[] = []): AgendaItem {
  const { text: scrub, personName: person } = createScrubbers(
    item.people.map((member) => knownPerson(member, unambiguousInitials(initials(`${member.firstName} ${member.lastName}`), reserved))),
    { keep: itemProfessionals(item) },
  )
  return {
    caseReference: item.caseReference,
    caseTitle: item.caseTitle,
    people: [],
    consentToShare: item.consentToShare,
    reasons: item.reasons.map(scrub),
    discussion: item.discussion.map((part) => ({ text: scrub(part.text), category: part.category ?? null })),
    sensitivity: item.sensitivity ?? null,
    decisions: item.decisions.map(scrub),
    riskBefore: item.riskBefore,
    riskAfter: item.riskAfter,
    direction: item.direction,
    directionReason: scrub(item.directionReason),
    nextReviewDate: item.nextReviewDate,
    informationShared: item.informationShared.map((shared) => ({
      agency: shared.agency,
      summary: scrub(shared.summary),
      category: shared.category ?? null,
    })),
    sharingWithoutConsent: item.sharingWithoutConsent.map((decision) => ({
      rationale: scrub(decision.rationale),
      decidedBy: person(decision.decidedBy),
      decidedOn: decision.decidedOn,
    })),
    actions: item.actions.map((action) => scrubAction(action, { scrub, person })),
  }
}

/** Everyone the minutes name as a professional, and every agency: never rewritten by a household's names. */
function professionalNames(data: MinutesDocData): string[] {
  return [
    data.chair,
    ...data.confidentiality.agreedBy,
    ...data.attendees.flatMap((attendee) => [attendee.name, attendee.agency]),
    ...(data.approval.status === 'approved' ? [data.approval.approvedBy] : []),
    ...data.amendments.map((amendment) => amendment.by),
    ...data.agendaItems.flatMap(itemProfessionals),
  ].filter((name) => name.trim() !== '')
}

function itemProfessionals(item: AgendaItem): string[] {
  return [
    ...item.actions.flatMap((action) => [action.owner, action.ownerAgency]),
    ...item.informationShared.map((shared) => shared.agency),
    ...item.sharingWithoutConsent.map((decision) => decision.decidedBy),
  ].filter((name) => name.trim() !== '')
}

function scrubberPair(pair: { text: Scrubber; personName: Scrubber }): Pick<Redactor, 'scrub' | 'person'> {
  return { scrub: pair.text, person: pair.personName }
}

function replacementFor(person: CasePerson, pseudonyms: PseudonymMap, profile: RedactionProfile): string {
  const alias = pseudonyms.get(person.id)
  return profile.nameStyle === 'initials' ? (alias?.initials ?? '?') : (alias?.pseudonym ?? ambiguousNameReplacement)
}

function knownPerson(person: CasePerson, replacement: string, scope?: string): KnownPerson {
  return {
    ...(scope === undefined ? {} : { scope }),
    firstName: person.firstName,
    lastName: person.lastName,
    otherNames: person.otherNames,
    replacement,
    dateOfBirth: person.dateOfBirth,
    address: person.address,
    identifiers: person.identifiers.map((identifier) => identifier.value),
  }
}

/** The category the recipient may not receive that covers this item's record as a whole, if any. */
function withheldCategory(item: AgendaItem, profile: RedactionProfile): SensitiveCategory | null {
  const category = item.sensitivity ?? null
  return category !== null && !receives(profile, category) ? category : null
}

function redactItem(item: AgendaItem, text: Redactor): AgendaItem {
  const { profile, pseudonyms, scrub } = text
  const withheld = withheldCategory(item, profile)
  const withheldText = withheld ? withheldLine(withheld, profile) : null
  const people = item.people.map((person): CasePerson => {
    const alias = pseudonyms.get(person.id)
    return {
      id: alias?.pseudonym ?? '',
      firstName: '',
      lastName: '',
      otherNames: [],
      relationship: scrub(person.relationship),
      dateOfBirth: null,
      address: null,
      identifiers: [],
      consent: person.consent,
      redactedAs: { pseudonym: alias?.pseudonym ?? ambiguousNameReplacement, initials: alias?.initials ?? '?' },
    }
  })
  const discussion: TaggedText[] = []
  for (const part of item.discussion) {
    const category = part.category ?? withheld
    if (category === null || receives(profile, category)) {
      discussion.push({ text: scrub(part.text), category: part.category ?? null })
      continue
    }
    // One line per withheld category is enough to tell the reader something is missing.
    const line = withheldLine(category, profile)
    if (!discussion.some((earlier) => earlier.text === line)) discussion.push({ text: line, category: null })
  }
  return {
    caseReference: item.caseReference,
    caseTitle: caseInitials(item, pseudonyms),
    people,
    consentToShare: true,
    reasons: item.reasons.map(scrub),
    discussion: withheldText && discussion.length === 0 ? [{ text: withheldText, category: null }] : discussion,
    sensitivity: item.sensitivity ?? null,
    decisions: withheldText ? (item.decisions.length > 0 ? [withheldText] : []) : item.decisions.map(scrub),
    riskBefore: item.riskBefore,
    riskAfter: item.riskAfter,
    direction: item.direction,
    directionReason: withheldText && item.directionReason ? withheldText : scrub(item.directionReason),
    nextReviewDate: item.nextReviewDate,
    informationShared: item.informationShared
      .filter((shared) => receives(profile, shared.category) && withheld === null)
      .map((shared) => ({ agency: shared.agency, summary: scrub(shared.summary), category: shared.category ?? null })),
    sharingWithoutConsent: item.sharingWithoutConsent.map((decision) => ({
      rationale: withheldText ?? scrub(decision.rationale),
      decidedBy: text.person(decision.decidedBy),
      decidedOn: decision.decidedOn,
    })),
    actions: item.actions.map((action) =>
      // The recipient's own actions keep their wording: their officer agreed them and has to carry them out.
      withheldText && !sameAgency(action.ownerAgency, profile.recipientAgency)
        ? { ...scrubAction(action, text), description: withheldText, statusReason: action.statusReason ? withheldText : null }
        : scrubAction(action, text),
    ),
    restricted: false,
  }
}

/** No consent: the case is discussed in general terms only (reference, risk, the reader's own actions). */
function restrictItem(item: AgendaItem, text: Redactor): AgendaItem {
  return {
    caseReference: item.caseReference,
    caseTitle: '',
    people: [],
    consentToShare: false,
    reasons: [],
    discussion: [],
    sensitivity: null,
    decisions: [],
    riskBefore: null,
    riskAfter: item.riskAfter,
    direction: null,
    directionReason: '',
    nextReviewDate: null,
    informationShared: [],
    sharingWithoutConsent: [],
    actions: item.actions
      .filter((action) => sameAgency(action.ownerAgency, text.profile.recipientAgency))
      .map((action) => scrubAction(action, text)),
    restricted: true,
  }
}

function scrubAction(action: ActionItem, { scrub, person }: Pick<Redactor, 'scrub' | 'person'>): ActionItem {
  return {
    id: action.id,
    description: scrub(action.description),
    owner: person(action.owner),
    ownerAgency: action.ownerAgency,
    dueDate: action.dueDate,
    status: action.status,
    statusReason: action.statusReason ? scrub(action.statusReason) : null,
    change: action.change,
  }
}

/** 'JS, DS, KS': the heading a reader sees instead of 'Smith family'. */
function caseInitials(item: AgendaItem, pseudonyms: PseudonymMap): string {
  return item.people.map((person) => pseudonyms.get(person.id)?.initials ?? '?').join(', ')
}
