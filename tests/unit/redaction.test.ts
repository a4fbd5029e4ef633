import { describe, expect, it } from 'vitest'
import {
  ageGroup,
  ageOn,
  assignPseudonyms,
  initials,
  letterSequence,
  redactMinutes,
  scrubText,
  inGeneralTerms,
  type KnownPerson,
} from '../../shared/domain/redaction'
import { kowalczykItem, makeAgendaItem, makeMinutesData, odonnellItem } from '../helpers/standardMeeting'
import { makeAction } from '../helpers/documentBuilders'

const shannon: KnownPerson = { firstName: 'Shannon', lastName: 'Whitlock', otherNames: ['Shaz'], replacement: 'Adult A' }
const darren: KnownPerson = { firstName: 'Darren', lastName: 'Whitlock', replacement: 'Adult B' }
const ann: KnownPerson = { firstName: 'Ann', lastName: 'Pryce', replacement: 'Adult C' }

describe('initials', () => {
  it('takes the first letter of each part of the name', () => {
    expect(initials('John Smith')).toBe('JS')
    expect(initials("Mary-Jane O'Brien")).toBe('MJO')
    expect(initials('  zoë   ahmed-khan ')).toBe('ZAK')
  })

  it('never returns an empty string', () => {
    expect(initials('')).toBe('?')
  })
})

describe('pseudonyms', () => {
  it('letters adults and children separately, in document order, by age on the given date', () => {
    const map = assignPseudonyms(
      [
        { id: 'p1', firstName: 'Shannon', lastName: 'Whitlock', dateOfBirth: '1991-07-23' },
        { id: 'p2', firstName: 'Kayden', lastName: 'Whitlock', dateOfBirth: '2014-11-02' },
        { id: 'p3', firstName: 'Darren', lastName: 'Whitlock', dateOfBirth: '1988-02-14' },
        { id: 'p4', firstName: 'Nobody', lastName: 'Known', dateOfBirth: null },
      ],
      '2026-03-12',
    )
    expect([...map.values()].map((p) => p.pseudonym)).toEqual(['Adult A', 'Child A', 'Adult B', 'Person A'])
    expect(map.get('p2')?.initials).toBe('KW')
  })

  it('gives the same person the same pseudonym however often they appear', () => {
    const person = { id: 'same', firstName: 'Shannon', lastName: 'Whitlock', dateOfBirth: '1991-07-23' }
    const map = assignPseudonyms([person, { ...person, id: 'other' }, person], '2026-03-12')
    expect(map.size).toBe(2)
    expect(map.get('same')?.pseudonym).toBe('Adult A')
    expect(map.get('other')?.pseudonym).toBe('Adult B')
  })

  it('counts a person as a child until their 18th birthday', () => {
    expect(ageOn('2008-03-13', '2026-03-12')).toBe(17)
    expect(ageGroup('2008-03-13', '2026-03-12')).toBe('child')
    expect(ageGroup('2008-03-12', '2026-03-12')).toBe('adult')
  })

  it('keeps lettering past Z', () => {
    expect([0, 25, 26, 27, 51, 52].map(letterSequence)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA'])
  })
})

describe('scrubText', () => {
  const people = [shannon, darren, ann]

  it('replaces full names, first names and other names with the pseudonym', () => {
    expect(scrubText('Shannon Whitlock met Shaz later', people)).toBe('Adult A met Adult A later')
  })

  it('replaces names in any letter case', () => {
    expect(scrubText('SHANNON said shannon was fine', people)).toBe('Adult A said Adult A was fine')
  })

  it('keeps possessives readable and removes the name', () => {
    expect(scrubText("Darren's drinking; JOHN'S unrelated; SHANNON'S mum", people)).toBe(
      "Adult B's drinking; JOHN'S unrelated; Adult A's mum",
    )
    expect(scrubText('Darren’s car', people)).toBe("Adult B's car")
  })

  it('treats a shared surname and plurals as the family, not one person', () => {
    expect(scrubText("Mr Whitlock called; the Whitlocks' flat; the Whitlocks moved", people)).toBe(
      "Mr [name] called; the [name]'s flat; the [name] moved",
    )
  })

  it('respects word boundaries: Ann is removed, Annual and Anne are not Ann', () => {
    expect(scrubText('Ann went to the Annual review with Joanne and Anne', people)).toBe(
      'Adult C went to the Annual review with Joanne and Anne',
    )
  })

  it('finds names with accents and apostrophes', () => {
    const known: KnownPerson[] = [
      { firstName: 'Zoë', lastName: "O'Donnell", replacement: 'Adult D' },
      { firstName: 'Siân', lastName: 'Ahmed-Khan', replacement: 'Adult E' },
    ]
    expect(scrubText("ZOË met Ms O’Donnell's sister; Siân Ahmed-Khan and Mrs Khan", known)).toBe(
      "Adult D met Ms Adult D's sister; Adult E and Mrs Adult E",
    )
  })

  it('removes dates of birth in the ways people type them', () => {
    const known: KnownPerson[] = [{ ...shannon, dateOfBirth: '1991-07-23' }]
    const text = 'DOB 23/07/1991, 23.7.91, 1991-07-23, 23rd July 1991, 23 Jul 1991, July 23, 1991'
    const scrubbed = scrubText(text, known)
    expect(scrubbed).not.toMatch(/1991|23/u)
    expect(scrubbed.match(/\[date of birth removed\]/gu)).toHaveLength(6)
  })

  it('removes identifiers however they are spaced, and addresses', () => {
    const known: KnownPerson[] = [
      {
        ...shannon,
        identifiers: ['485 777 3456', 'GMP/25/118842'],
        address: '14 Elm Road, Stretford, Manchester M32 0AB',
      },
    ]
    const scrubbed = scrubText('NHS 4857773456 and 485-777-3456, ref GMP 25 118842; lives at 14 Elm Road (m32 0ab), near Elm Road', known)
    expect(scrubbed).toBe(
      'NHS [identifier removed] and [identifier removed], ref [identifier removed]; lives at [address removed] ([postcode removed]), near [address removed]',
    )
  })

  it('removes NHS-number-shaped numbers, postcodes and phone numbers even when not known', () => {
    expect(scrubText('NHS no. 943 476 5919, postcode SK8 1AA, phone 0161 912 3456', [])).toBe(
      'NHS no. [identifier removed], postcode [postcode removed], phone [phone number removed]',
    )
  })

  it('leaves text without any known name unchanged', () => {
    const text = 'Housing will review the arrears plan on Monday.'
    expect(scrubText(text, people)).toBe(text)
  })
})

describe('redactMinutes', () => {
  const profile = { recipientAgency: 'Trafford Housing Trust', receives: ['third_party'] as const }

  it('replaces people with pseudonyms and initials, and drops their dates of birth, addresses and identifiers', () => {
    const { data } = redactMinutes(makeMinutesData(), { ...profile, receives: [...profile.receives] })
    const item = data.agendaItems[0]
    expect(item?.caseTitle).toBe('SW, DW, KW, AP')
    expect(item?.people.map((p) => p.redactedAs)).toEqual([
      { pseudonym: 'Adult A', initials: 'SW' },
      { pseudonym: 'Adult B', initials: 'DW' },
      { pseudonym: 'Child A', initials: 'KW' },
      { pseudonym: 'Adult C', initials: 'AP' },
    ])
    for (const person of item?.people ?? []) {
      expect(person).toMatchObject({ firstName: '', lastName: '', otherNames: [], dateOfBirth: null, address: null, identifiers: [] })
    }
  })

  it('removes content in categories the recipient does not receive', () => {
    const { data } = redactMinutes(makeMinutesData(), { recipientAgency: 'Trafford Housing Trust', receives: ['third_party'] })
    const item = data.agendaItems[0]
    expect(item?.discussion.map((part) => part.category ?? null)).toEqual([null, null, null, 'third_party'])
    expect(item?.discussion.slice(1, 3).map((part) => part.text)).toEqual([
      'Withheld: health information (not shared with Trafford Housing Trust)',
      'Withheld: police intelligence (not shared with Trafford Housing Trust)',
    ])
    expect(item?.informationShared.map((shared) => shared.agency)).toEqual(['Trafford Housing Trust'])
    expect(data.redaction?.withheldCategories).toEqual(['health', 'police_intelligence'])
  })

  it('keeps every category for a recipient that receives them all', () => {
    const { data } = redactMinutes(makeMinutesData(), {
      recipientAgency: 'Greater Manchester Police',
      receives: ['health', 'police_intelligence', 'third_party'],
    })
    expect(data.agendaItems[0]?.discussion).toHaveLength(4)
    expect(data.agendaItems[0]?.discussion[2]?.text).toBe(
      'Intelligence suggests Adult B is associating with known dealers (ref [identifier removed]).',
    )
    expect(data.redaction?.withheldCategories).toEqual([])
  })

  it("reduces a case without consent to reference, risk and the reader's own agency's actions", () => {
    const { data } = redactMinutes(makeMinutesData({ agendaItems: [odonnellItem()] }), {
      recipientAgency: 'trafford housing trust ',
      receives: ['health', 'police_intelligence', 'third_party'],
    })
    const item = data.agendaItems[0]
    expect(item).toMatchObject({
      caseReference: 'RT-2026-0061',
      caseTitle: '',
      people: [],
      reasons: [],
      discussion: [],
      decisions: [],
      informationShared: [],
      riskAfter: 'high',
      riskBefore: null,
      direction: null,
      restricted: true,
    })
    expect(item?.actions.map((action) => action.description)).toEqual(['Check the tenancy for Adult A and offer a welfare visit'])
  })

  it('uses the same pseudonym for a person who appears under two agenda items', () => {
    const again = makeAgendaItem({ caseReference: 'RT-2026-0099', people: makeAgendaItem().people.slice(0, 1) })
    const { data, pseudonyms } = redactMinutes(makeMinutesData({ agendaItems: [makeAgendaItem(), kowalczykItem(), again] }), {
      recipientAgency: 'Pennine Care',
      receives: ['health'],
    })
    expect(data.agendaItems[2]?.people[0]?.redactedAs?.pseudonym).toBe('Adult A')
    expect(pseudonyms.get('person-shannon')?.pseudonym).toBe('Adult A')
    expect(pseudonyms.get('person-marek')?.pseudonym).toBe('Adult D')
  })

  it('can use initials instead of pseudonyms in free text', () => {
    const { data } = redactMinutes(makeMinutesData({ agendaItems: [kowalczykItem()] }), {
      recipientAgency: 'Pennine Care',
      receives: [],
      nameStyle: 'initials',
    })
    expect(data.agendaItems[0]?.discussion[0]?.text).toBe(
      "MK has kept every appointment and started volunteering. Mr MK's debts are now in a plan.",
    )
  })

  it('shows a family member attending their own review by pseudonym, and leaves professionals named', () => {
    const data = makeMinutesData({
      meetingKind: 'case_review',
      attendees: [
        { name: 'Priya Shah', agency: 'Trafford Council', role: 'Chair', attendance: 'present' },
        { name: 'shannon  whitlock', agency: 'Family', role: 'Parent', attendance: 'present' },
        { name: 'Shannon Brady', agency: 'Pennine Care', role: 'Nurse', attendance: 'present' },
      ],
    })
    const { data: out } = redactMinutes(data, { recipientAgency: 'GMFRS', receives: [] })
    expect(out.attendees.map((a) => a.name)).toEqual(['Priya Shah', 'Adult A', 'Shannon Brady'])
    expect(out.chair).toBe('Priya Shah')
  })

  it('scrubs amendments and leaves the original data untouched', () => {
    const original = makeMinutesData({
      amendments: [{ text: "Darren's referral was made on 14 March", by: 'Priya Shah', date: '2026-03-21' }],
    })
    const snapshot = structuredClone(original)
    const { data } = redactMinutes(original, { recipientAgency: 'GMFRS', receives: [] })
    expect(data.amendments[0]?.text).toBe("Adult B's referral was made on 14 March")
    expect(original).toEqual(snapshot)
  })
})

describe('scrubText: other spellings', () => {
  const marek: KnownPerson = { firstName: 'Marek', lastName: 'Kowalczyk', replacement: 'Adult D', dateOfBirth: '1979-09-09' }
  const kelly: KnownPerson = { firstName: 'Kelly', lastName: 'Nuttall', replacement: 'Adult E', dateOfBirth: '1990-03-04' }

  it.each([
    ['born 4 Mar 90, seen today', 'born [date of birth removed], seen today'],
    ['DOB 04/03/1990.', 'DOB [date of birth removed].'],
    ['d.o.b. 4.3.90', 'd.o.b. [date of birth removed]'],
    ['born 4th of March 1990', 'born [date of birth removed]'],
    ['born March 4th, 1990', 'born [date of birth removed]'],
    ['born 4-Mar-1990', 'born [date of birth removed]'],
    ["born 4 March '90", 'born [date of birth removed]'],
    ['born 9 Sept 1979', 'born [date of birth removed]'],
    ['born 9th September 79', 'born [date of birth removed]'],
    ['born 1979/09/09', 'born [date of birth removed]'],
  ])('removes a date of birth typed as %j', (text, expected) => {
    expect(scrubText(text, [marek, kelly])).toBe(expected)
  })

  it('leaves other dates and numbers alone', () => {
    expect(scrubText('Seen 4 Mar 2026 at 10:00; arrears £1,240; review 14/03/2026', [marek, kelly])).toBe(
      'Seen 4 Mar 2026 at 10:00; arrears £1,240; review 14/03/2026',
    )
  })

  it('finds a name whatever the accents, both ways', () => {
    const zoe: KnownPerson = { firstName: 'Zoë', lastName: 'Ashworth', replacement: 'Adult A' }
    const chloe: KnownPerson = { firstName: 'Chloe', lastName: 'Mottram', replacement: 'Adult B' }
    expect(scrubText("Zoe and ZOË's son; Chloë said Zoë's rent", [zoe, chloe])).toBe(
      "Adult A and Adult A's son; Adult B said Adult A's rent",
    )
    // A decomposed ë (e + combining diaeresis), as some keyboards type it.
    expect(scrubText('Zoe\u0308 attended', [zoe])).toBe('Adult A attended')
  })

  it('removes every e-mail address and UK phone number', () => {
    const text =
      'Email dawn.w+home@example.co.uk or tom@trafford.gov.uk; call 07700 900123, +44 7700 900123, +44 (0)161 912 0000, 0161-912-0000 or (0161) 9120000.'
    expect(scrubText(text, [])).toBe(
      'Email [email removed] or [email removed]; call [phone number removed], [phone number removed], [phone number removed], [phone number removed] or [phone number removed].',
    )
  })

  it('removes every named part of a known address, the postcode in any spacing, and keeps the town', () => {
    const person: KnownPerson = {
      firstName: 'Marek',
      lastName: 'Kowalczyk',
      replacement: 'Adult D',
      address: 'Flat 6, Chester House, King Street, Stretford M32 9QQ',
    }
    expect(scrubText('Back at Chester House on King Street (m329qq), flat 6; Stretford Hub next week', [person])).toBe(
      'Back at [address removed] on [address removed] ([postcode removed]), [address removed]; Stretford Hub next week',
    )
    expect(scrubText('Moved to chester house, king street', [person])).toBe('Moved to [address removed]')
  })
})

describe('redactMinutes: people fields and withheld categories', () => {
  const dawnItem = () =>
    makeAgendaItem({
      people: [
        {
          id: 'person-dawn',
          firstName: 'Dawn',
          lastName: 'Whitlock',
          otherNames: ['Shaz'],
          relationship: 'Subject',
          dateOfBirth: '1984-02-17',
          address: null,
          identifiers: [],
          consent: 'given',
        },
        {
          id: 'person-kayden',
          firstName: 'Kayden',
          lastName: 'Whitlock',
          otherNames: [],
          relationship: 'Son',
          dateOfBirth: '2014-09-03',
          address: null,
          identifiers: [],
          consent: 'given',
        },
      ],
    })

  it('replaces a household member named in any people field, and scrubs roles', () => {
    const data = makeMinutesData({
      chair: 'Priya Shah',
      confidentiality: { statement: 'Confidential.', agreedBy: ['Priya Shah', 'Dawn'] },
      attendees: [
        { name: 'Dawn', agency: 'Family', role: 'Mother of Kayden', attendance: 'present' },
        { name: 'Shaz', agency: 'Family', role: 'Subject', attendance: 'observer' },
        { name: 'Kayden Whitlock', agency: 'Family', role: "Dawn's son", attendance: 'apologies', informationSent: false },
      ],
      agendaItems: [
        {
          ...dawnItem(),
          sharingWithoutConsent: [{ rationale: 'Risk to Kayden', decidedBy: 'Dawn', decidedOn: '2026-03-12' }],
          actions: [
            makeAction({ owner: 'Mrs Whitlock', description: 'Keep Shaz informed' }),
            makeAction({ id: 'a2', owner: 'dawn whitlock' }),
          ],
        },
      ],
      amendments: [{ text: 'Corrected', by: 'Shaz', date: '2026-03-20' }],
    })
    const { data: out } = redactMinutes(data, { recipientAgency: 'GMFRS', receives: [] })
    expect(out.confidentiality.agreedBy).toEqual(['Priya Shah', 'Adult A'])
    expect(out.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Adult A', 'Mother of Child A'],
      ['Adult A', 'Subject'],
      ['Child A', "Adult A's son"],
    ])
    expect(out.agendaItems[0]?.sharingWithoutConsent[0]?.decidedBy).toBe('Adult A')
    expect(out.agendaItems[0]?.actions.map((a) => [a.owner, a.description])).toEqual([
      ['Mrs [name]', 'Keep Adult A informed'],
      ['Adult A', 'Book a joint home visit with housing to discuss the rent arrears plan'],
    ])
    expect(out.amendments[0]?.by).toBe('Adult A')
    expect(JSON.stringify(out)).not.toMatch(/Dawn|Shaz|Kayden|Whitlock/iu)
  })

  it('withholds the decisions, direction reason and other agencies’ action details of a discussion in a category the recipient does not receive', () => {
    const item = makeAgendaItem({
      discussion: [{ text: 'Shannon has been sectioned under the Mental Health Act.', category: 'health' }],
      sensitivity: 'health',
      decisions: ['Ask the CPN to visit weekly'],
      directionReason: 'Admitted to hospital',
      actions: [
        makeAction({ description: 'Hold the tenancy while Shannon is in hospital', ownerAgency: 'Trafford Housing Trust' }),
        makeAction({ id: 'a2', description: 'CPN visit after discharge', ownerAgency: 'Pennine Care', statusReason: 'Ward round moved' }),
      ],
    })
    const withheld = 'Withheld: health information (not shared with Trafford Housing Trust)'
    const { data } = redactMinutes(makeMinutesData({ agendaItems: [item] }), { recipientAgency: 'Trafford Housing Trust', receives: [] })
    const out = data.agendaItems[0]
    expect(out?.discussion).toEqual([{ text: withheld, category: null }])
    expect(out?.decisions).toEqual([withheld])
    expect(out?.directionReason).toBe(withheld)
    expect(out?.informationShared).toEqual([])
    expect(out?.actions.map((a) => [a.description, a.statusReason])).toEqual([
      ['Hold the tenancy while Adult A is in hospital', null],
      [withheld, withheld],
    ])
    expect(JSON.stringify(data)).not.toMatch(/sectioned|CPN|hospital'|Admitted/u)

    const forHealth = redactMinutes(makeMinutesData({ agendaItems: [item] }), {
      recipientAgency: 'Pennine Care',
      receives: ['health'],
    }).data
    expect(forHealth.agendaItems[0]?.decisions).toEqual(['Ask the CPN to visit weekly'])
    expect(forHealth.agendaItems[0]?.directionReason).toBe('Admitted to hospital')
  })
})

describe('inGeneralTerms: a case without consent in the full minutes', () => {
  it('drops the people and takes names, dates of birth, addresses and identifiers out of every text, names as initials', () => {
    const item = inGeneralTerms({ ...odonnellItem(), caseTitle: '(GO)' })
    expect(item.people).toEqual([])
    expect(item.discussion[0]?.text).toBe("GO attended A&E four times this month; GO's keyworker will keep trying.")
    expect(item.decisions).toEqual(["Keyworker to offer GO a meeting at GO's preferred café"])
    expect(item.actions.map((a) => a.description)).toEqual([
      'Check the tenancy for GO and offer a welfare visit',
      "Flag GO's address for a welfare check after further calls",
    ])
    expect(JSON.stringify(item)).not.toMatch(/Grace|O'Donnell|1995|710 993 2201|Moss Park/u)
  })
})
