import { describe, expect, it } from 'vitest'
import { formatElapsed } from '../../renderer/src/features/meeting/elapsed'
import { agendaDisplayName, agendaShortName } from '../../shared/domain/meetings/consentDisplay'
import { statusOnFirstDiscussion } from '../../shared/domain/meetings/firstDiscussion'
import { meetingDayLabel, meetingLinkText } from '../../shared/domain/meetings/labels'
import { nonBlankLines, paragraphs } from '../../shared/domain/meetings/text'

describe('run mode and minutes rules (issue 12)', () => {
  it('opens only a case in triage on its first discussion, and only with a keyworker', () => {
    expect(statusOnFirstDiscussion('triage', true)).toEqual({ kind: 'open' })
    expect(statusOnFirstDiscussion('triage', false)).toEqual({
      kind: 'refused',
      message: 'An open case needs a keyworker: choose one first',
    })
    for (const status of ['referred', 'open', 'review', 'closed'] as const)
      expect(statusOnFirstDiscussion(status, true)).toEqual({ kind: 'unchanged' })
  })

  it('names each meeting by kind and weekday date', () => {
    expect(meetingDayLabel('2026-12-02')).toBe('Wed 2 Dec 2026')
    expect(meetingLinkText({ kind: 'weekly', date: '2026-12-02' })).toBe('Weekly case meeting, Wed 2 Dec 2026')
    expect(meetingLinkText({ kind: 'case_review', date: '2027-01-04' })).toBe('Case review, Mon 4 Jan 2027')
  })

  it('names a case by reference and initials on the strip, whatever the consent', () => {
    const item = { reference: 'RT-2026-0001', title: 'Adams household', subjectName: 'Paul Adams' }
    expect(agendaShortName(item)).toBe('RT-2026-0001 (PA)')
    expect(agendaDisplayName({ ...item, subjectConsent: 'given' })).toBe('RT-2026-0001 Adams household')
    expect(agendaDisplayName({ ...item, subjectConsent: null })).toBe('RT-2026-0001 (PA)')
  })

  it('keeps one decision per line and discussion paragraphs with their line breaks', () => {
    expect(nonBlankLines('Refer to early help\r\n\n  Keyworker to visit  \n')).toEqual(['Refer to early help', 'Keyworker to visit'])
    expect(paragraphs('Rent arrears rising.\nLandlord has written.\n\nGP: no change.')).toEqual([
      ['Rent arrears rising.', 'Landlord has written.'],
      ['GP: no change.'],
    ])
    expect(paragraphs('  \n')).toEqual([])
  })

  it('shows the time on a case as minutes and seconds, with hours past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00')
    expect(formatElapsed(245.9)).toBe('4:05')
    expect(formatElapsed(3725)).toBe('1:02:05')
    expect(formatElapsed(-3)).toBe('0:00')
  })
})
