/**
 * Issue 12 defect 3: a professional who shares a surname with a case subject
 * keeps their name in every field that holds a person's name, and their name
 * gives no hint of who the subject is.
 */
import { describe, expect, it } from 'vitest'
import { redactMinutes } from '../../shared/domain/redaction'
import { hughesItem, householdsMinutes, karenHughes, oneillItem, priceItem } from '../helpers/households'

describe('redacted minutes: professionals keep their names', () => {
  const { data } = redactMinutes(householdsMinutes(), { recipientAgency: 'Trafford Housing Trust', receives: [] })

  it('leaves the housing officer named in attendance, the confidentiality list, action owners and amendments', () => {
    expect(data.attendees.map((a) => a.name)).toContain(karenHughes)
    expect(data.confidentiality.agreedBy).toEqual(['Priya Shah', karenHughes, 'PC Liam Brookes'])
    const owners = data.agendaItems.flatMap((item) => item.actions.map((action) => action.owner))
    expect(owners.filter((owner) => owner === karenHughes)).toHaveLength(2)
    expect(data.amendments[0]?.by).toBe(karenHughes)
  })

  it('never turns a professional into a pseudonym-bearing name', () => {
    const names = [
      ...data.attendees.map((a) => a.name),
      ...data.confidentiality.agreedBy,
      ...data.agendaItems.flatMap((item) => item.actions.map((action) => action.owner)),
    ]
    expect(names.filter((name) => /Adult|Child|Person|\[name\]/u.test(name))).toEqual([])
  })

  it('still replaces the subject’s own name in the text of his case', () => {
    const hughes = data.agendaItems.find((item) => item.caseReference === 'RT-2026-0103')
    expect(hughes?.discussion[0]?.text).not.toMatch(/Paul|Hughes/u)
    expect(hughes?.actions[0]?.description).not.toMatch(/Hughes/u)
  })

  it('keeps a professional’s whole name in free text too, beside the subject who shares her surname', () => {
    const item = hughesItem({
      discussion: [{ text: 'Karen Hughes visited Paul. Ms Hughes says Mr Hughes is coping; Hughes has a new boiler.' }],
    })
    const out = redactMinutes(householdsMinutes({ agendaItems: [oneillItem(), priceItem(), item] }), {
      recipientAgency: 'GMFRS',
      receives: [],
    }).data
    expect(out.agendaItems[2]?.discussion[0]?.text).toBe(
      'Karen Hughes visited Adult D. Ms Adult D says Mr Adult D is coping; Adult D has a new boiler.',
    )
  })
})
