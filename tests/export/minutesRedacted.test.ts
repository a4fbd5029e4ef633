import { describe, expect, it } from 'vitest'
import { buildMinutesDoc } from '../../electron/main/export/minutes'
import { buildRedactedMinutesDoc } from '../../electron/main/export/minutesRedacted'
import type { RedactionProfile } from '../../shared/domain/redaction'
import type { MinutesDocData } from '../../electron/main/export/types'
import { readDocx, tables, textOf, type DocxContents } from '../helpers/docx'
import {
  dateSpellings,
  householdDatesOfBirth,
  householdIdentifiers,
  householdNames,
  kowalczykItem,
  makeAgendaItem,
  makeMinutesData,
  odonnellItem,
} from '../helpers/standardMeeting'
import { makeAction, makeStyle } from '../helpers/documentBuilders'
import { makeLargeMinutesData } from '../helpers/largeMeeting'

const housingProfile: RedactionProfile = { recipientAgency: 'Trafford Housing Trust', receives: ['third_party'] }

async function redacted(data: MinutesDocData = makeMinutesData(), profile: RedactionProfile = housingProfile) {
  return readDocx(buildRedactedMinutesDoc(data, profile, makeStyle()).document)
}

/** Every place text can hide in the package: raw XML of every part (decoded), and each paragraph's joined text. */
function everyText(docx: DocxContents): string[] {
  return [docx.allText, ...docx.paragraphsText, ...docx.headers.map(textOf), ...docx.footers.map(textOf)]
}

function findName(texts: readonly string[], name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/'/gu, "['’]")
  const pattern = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu')
  return texts.find((text) => pattern.test(text))
}

describe('redacted minutes: nothing identifying leaves', () => {
  it('uses a leak check that does find every name, date of birth and identifier in the full minutes', async () => {
    const full = await readDocx(buildMinutesDoc(makeMinutesData(), makeStyle()))
    for (const name of householdNames) expect(findName(everyText(full), name), name).toEqual(expect.any(String))
    const formatted = ['23 Jul 1991', '14 Feb 1988', '2 Nov 2014', '485 777 3456', 'GMP/25/118842', '14 Elm Road', 'M32 0AB']
    for (const value of formatted) expect(full.allText).toContain(value)
  })

  it('contains none of the household names, in any case or possessive form, anywhere in the package', async () => {
    const docx = await redacted(makeMinutesData(), {
      recipientAgency: 'Greater Manchester Police',
      receives: ['health', 'police_intelligence', 'third_party'],
    })
    for (const name of [...householdNames, 'Donnell', 'Whitlocks']) {
      expect(findName(everyText(docx), name), `"${name}" leaked`).toBeUndefined()
    }
  })

  it('contains no date of birth, address or identifier anywhere in the package', async () => {
    const docx = await redacted(makeMinutesData(), {
      recipientAgency: 'Pennine Care',
      receives: ['health', 'police_intelligence', 'third_party'],
    })
    for (const value of [...householdDatesOfBirth, ...householdIdentifiers]) {
      for (const text of everyText(docx)) expect(text.toLowerCase(), `"${value}" leaked`).not.toContain(value.toLowerCase())
    }
  })

  it('keeps names out of the document properties', async () => {
    const docx = await redacted()
    for (const name of householdNames) expect(findName([docx.coreXml], name)).toBeUndefined()
    expect(docx.coreXml).toContain('<dc:title>Redacted minutes – Weekly case meeting – 12 March 2026</dc:title>')
    // The author is the exporting user, as in every other document (issue 10).
    expect(docx.coreXml).toContain('<dc:creator>Priya Shah</dc:creator>')
    expect(docx.coreXml).toContain('<cp:lastModifiedBy>Priya Shah</cp:lastModifiedBy>')
    expect(docx.coreXml).toMatch(/<cp:keywords>[^<]*redacted[^<]*<\/cp:keywords>/u)
    expect(docx.coreXml).toContain('<dc:description>Redacted copy for circulation to Trafford Housing Trust.')
  })

  it('shows no household name of any of the 40 cases of a large meeting', async () => {
    const data = makeLargeMinutesData()
    const docx = await redacted(data, { recipientAgency: 'Trafford Council', receives: ['health', 'police_intelligence', 'third_party'] })
    const names = new Set(data.agendaItems.flatMap((item) => item.people.flatMap((p) => [p.firstName, p.lastName])))
    expect(names.size).toBeGreaterThan(20)
    for (const name of names) expect(findName(everyText(docx), name), `"${name}" leaked`).toBeUndefined()
    const birthDates = data.agendaItems.flatMap((item) => item.people.flatMap((p) => (p.dateOfBirth ? dateSpellings(p.dateOfBirth) : [])))
    for (const date of birthDates) expect(docx.allText, `"${date}" leaked`).not.toContain(date)
  })
})

/** Household names typed into every free-text people field, and spellings the scrubber must still catch. */
function minutesWithNamesEverywhere(): MinutesDocData {
  const base = makeMinutesData()
  return makeMinutesData({
    chair: 'Priya Shah',
    location: 'Stretford Hub, then back at Chester House on King Street',
    confidentiality: { statement: base.confidentiality.statement, agreedBy: ['Priya Shah', 'Shaz', 'Mrs Whitlock'] },
    attendees: [
      ...base.attendees,
      { name: 'Shannon', agency: 'Family', role: 'Mother of Kayden', attendance: 'present' },
      { name: 'Mrs Whitlock', agency: 'Family', role: "Darren's partner", attendance: 'observer' },
      { name: 'Ann', agency: 'Family', role: 'Nan (Pryce side)', attendance: 'apologies', informationSent: true },
    ],
    agendaItems: [
      makeAgendaItem({
        sharingWithoutConsent: [{ rationale: 'Risk to Kayden', decidedBy: 'Shaz', decidedOn: '2026-03-12' }],
        actions: [
          makeAction({ owner: 'Darren', description: 'Darren to ring shaz.whitlock@example.com or 07700 900123' }),
          makeAction({ id: 'action-whitlock-2', owner: 'Mr Whitlock', description: 'Whitlock to attend', statusReason: 'Shannon asked' }),
        ],
      }),
      makeAgendaItem({
        ...kowalczykItem(),
        discussion: [
          {
            text: 'Marek is back at Chester House on King Street (m32 9qq), born 9 Sept 1979, on 0161 912 0000. Zoe from Kowalczyk’s floor helps.',
          },
        ],
        directionReason: 'Mr Kowalczyk (9th September 79) engaging',
        decisions: ['Visit Flat 6, Chester House'],
      }),
      odonnellItem(),
    ],
    approval: { status: 'approved', approvedBy: 'Priya Shah', approvedOn: '2026-03-19' },
    amendments: [{ text: 'Marek asked for the correction', by: 'Mr Kowalczyk', date: '2026-03-21' }],
  })
}

describe('redacted minutes: names typed into people fields and other spellings', () => {
  it('shows no household name, address part, date of birth, e-mail or phone number anywhere in the package', async () => {
    const full = await readDocx(buildMinutesDoc(minutesWithNamesEverywhere(), makeStyle()))
    const leaks = [
      ...householdNames,
      'Whitlocks',
      'Chester House',
      'King Street',
      'm32 9qq',
      '9 Sept 1979',
      '9th September 79',
      'shaz.whitlock@example.com',
      '07700 900123',
      '0161 912 0000',
    ]
    // The check can fail: every one of them is in the full minutes.
    for (const value of leaks) expect(findName(everyText(full), value), value).toEqual(expect.any(String))
    const docx = await redacted(minutesWithNamesEverywhere(), {
      recipientAgency: 'Trafford Council',
      receives: ['health', 'police_intelligence', 'third_party'],
    })
    for (const value of [...leaks, ...householdDatesOfBirth, ...householdIdentifiers]) {
      expect(findName(everyText(docx), value), `"${value}" leaked`).toBeUndefined()
    }
    for (const part of [docx.coreXml, ...docx.headers, ...docx.footers]) {
      for (const value of leaks) expect(findName([part], value), `"${value}" leaked`).toBeUndefined()
    }
  })

  it('shows the guest by pseudonym with a scrubbed role, and keeps the venue', async () => {
    const docx = await redacted(minutesWithNamesEverywhere(), { recipientAgency: 'Trafford Council', receives: [] })
    const present = tables(docx.documentXml).find((table) => table.some((row) => row[0] === 'Adult A'))
    expect(present).toContainEqual(['Adult A', 'Family', 'Mother of Child A'])
    expect(docx.paragraphsText.join('\n')).toContain('Stretford Hub, then back at [address removed] on [address removed]')
  })
})

describe('redacted minutes: cannot be mistaken for the full minutes', () => {
  it('is titled, headed and footed as redacted on every page, with a watermark', async () => {
    const docx = await redacted()
    expect(docx.paragraphsText[1]).toBe('REDACTED MINUTES – for circulation')
    for (const header of docx.headers) expect(textOf(header)).toContain('OFFICIAL-SENSITIVE')
    for (const header of docx.headers) expect(textOf(header)).toContain('REDACTED MINUTES – FOR CIRCULATION')
    for (const footer of docx.footers) expect(textOf(footer)).toContain('REDACTED MINUTES')
    expect(docx.headers.join('')).toMatch(/<v:textpath [^>]*string="DRAFT – REDACTED"/u)
  })

  it('is watermarked REDACTED once approved, and the full minutes never are', async () => {
    const approved = makeMinutesData({ approval: { status: 'approved', approvedBy: 'Priya Shah', approvedOn: '2026-03-19' } })
    const docx = await redacted(approved)
    expect(docx.headers.join('')).toMatch(/<v:textpath [^>]*string="REDACTED"/u)
    const full = await readDocx(buildMinutesDoc(approved, makeStyle()))
    expect(full.allText).not.toMatch(/REDACTED/iu)
    expect(textOf(full.headers.join(''))).toContain('FULL MINUTES – for meeting members only')
  })

  it('says who the copy is for and which categories it leaves out', async () => {
    const docx = await redacted()
    expect(docx.paragraphsText).toEqual(
      expect.arrayContaining([
        'Redacted copy for Trafford Housing Trust',
        'Left out of this copy: health information, police intelligence.',
      ]),
    )
  })
})

describe('redacted minutes: content', () => {
  it('heads each case with its reference and initials, and lists people by pseudonym', async () => {
    const docx = await redacted()
    expect(docx.paragraphsText).toContain('1. RT-2026-0042 – SW, DW, KW, AP')
    expect(docx.paragraphsText).toContain('2. RT-2026-0057 – MK')
    const people = tables(docx.documentXml).find((table) => table[0]?.[0] === 'Pseudonym')
    expect(people).toEqual([
      ['Pseudonym', 'Initials', 'Relationship', 'Consent to share'],
      ['Adult A', 'SW', 'Subject', 'Given'],
      ['Adult B', 'DW', 'Partner', 'Given'],
      ['Child A', 'KW', 'Son', 'Given'],
      ['Adult C', 'AP', 'Grandmother', 'Given'],
    ])
  })

  it('scrubs free text with consistent pseudonyms', async () => {
    const docx = await redacted()
    expect(docx.paragraphsText).toContain(
      "Adult A said Adult B's drinking has got worse since Christmas. Adult A's mother Adult C is helping with the school run after the Annual review; the [name]'s tenancy at [address removed] is at risk.",
    )
    expect(docx.paragraphsText).toContain("Refer Adult B to the drug and alcohol service with Adult A's agreement")
  })

  it('leaves out categories the recipient agency does not receive', async () => {
    const docx = await redacted()
    const text = docx.paragraphsText.join('\n')
    expect(text).toContain('[Third-party information] A neighbour reported shouting')
    expect(text).not.toContain('Health information]')
    expect(text).not.toContain('Intelligence suggests')
    expect(tables(docx.documentXml).flat(2).join('\n')).not.toContain('Two domestic call-outs')
  })

  it("reduces a case without consent to reference, risk level and the reader's own actions", async () => {
    const docx = await redacted()
    const text = docx.paragraphsText
    const start = text.indexOf('3. RT-2026-0061 – restricted: no consent to share')
    const end = text.indexOf('All actions (by owner)')
    expect(start).toBeGreaterThan(0)
    const section = text.slice(start, end).join('\n')
    expect(section).toContain('Risk level: High')
    expect(section).toContain('Check the tenancy for Adult E and offer a welfare visit')
    expect(section).not.toContain('A&E')
    expect(section).not.toContain('welfare check after further calls')
    // Not in the all-actions table either: another agency's action on a restricted case.
    expect(docx.allText).not.toContain('welfare check after further calls')
  })
})
