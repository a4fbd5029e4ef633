/**
 * The case plan of a case whose subject has not consented to share: named
 * by reference and initials and marked, as the full minutes do, with every
 * household name in its text turned into initials and their dates of birth,
 * addresses and identifiers taken out. Professionals and agencies keep
 * their names.
 */
import { generalTermsScrubber, initials, noConsentCaseLabel, unambiguousInitials } from '../../../shared/domain/redaction'
import type { CasePerson, CasePlanDocData } from '../export/types'

export function casePlanInGeneralTerms(
  plan: CasePlanDocData,
  household: readonly CasePerson[],
  reserved: readonly string[],
): CasePlanDocData {
  const professionals = [
    plan.keyworker.name,
    plan.keyworker.agency,
    ...plan.agencies.flatMap((agency) => [agency.agency, agency.contactName]),
    ...plan.actions.flatMap((action) => [action.owner, action.ownerAgency]),
    ...plan.distribution.flatMap((entry) => [entry.name, entry.agency]),
    ...plan.signOff.flatMap((entry) => [entry.name, entry.agency]),
    ...plan.dissentingViews.flatMap((entry) => [entry.by, entry.agency]),
  ].filter((name) => name.trim() !== '')
  const scrub = generalTermsScrubber(
    household.map((person) => ({
      firstName: person.firstName,
      lastName: person.lastName,
      otherNames: person.otherNames,
      dateOfBirth: person.dateOfBirth,
      address: person.address,
      identifiers: person.identifiers.map((identifier) => identifier.value),
    })),
    reserved,
    professionals,
  )
  const subject = household.find((person) => person.relationship.toLowerCase() === 'subject') ?? household[0]
  const subjectInitials = unambiguousInitials(initials(subject ? `${subject.firstName} ${subject.lastName}` : plan.caseTitle), reserved)
  return {
    caseReference: plan.caseReference,
    // The reference is printed beside the title: the title carries the initials and the marker.
    caseTitle: noConsentCaseLabel('', subjectInitials).trim(),
    kind: plan.kind,
    members: plan.members.map((member) => ({
      ...member,
      name: unambiguousInitials(initials(member.name), reserved),
      relationship: scrub(member.relationship),
    })),
    keyworker: plan.keyworker,
    agencies: plan.agencies.map((agency) => ({ ...agency, involvement: agency.involvement === null ? null : scrub(agency.involvement) })),
    aspirations: plan.aspirations.map(scrub),
    strengths: plan.strengths.map(scrub),
    needs: plan.needs,
    riskLevel: plan.riskLevel,
    directionHistory: plan.directionHistory.map((entry) => ({ ...entry, reason: scrub(entry.reason) })),
    personViews: scrub(plan.personViews),
    dissentingViews: plan.dissentingViews.map((entry) => ({ ...entry, by: scrub(entry.by), view: scrub(entry.view) })),
    outcomes: plan.outcomes.map((outcome) => ({ ...outcome, description: scrub(outcome.description) })),
    actions: plan.actions.map((action) => ({ ...action, description: scrub(action.description), owner: scrub(action.owner) })),
    contingency: {
      ifThingsGetWorse: plan.contingency.ifThingsGetWorse.map(scrub),
      contacts: plan.contingency.contacts.map((contact) => ({ ...contact, who: scrub(contact.who) })),
    },
    reviewDate: plan.reviewDate,
    stepDownCriteria: plan.stepDownCriteria.map(scrub),
    distribution: plan.distribution.map((entry) => ({ ...entry, name: scrub(entry.name) })),
    signOff: plan.signOff.map((entry) => ({ ...entry, name: scrub(entry.name) })),
    version: plan.version,
  }
}
