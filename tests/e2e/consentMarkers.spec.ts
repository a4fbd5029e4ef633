import { expect, setUpAs, test } from './fixtures'
import { agencyId, call, found, userId } from './seed'

test('the Actions list marks actions on a case whose subject has not consented to share', async ({ page, server }) => {
  await setUpAs(page, server)
  const priya = await userId(page, 'Priya Shah')
  const housing = await agencyId(page, 'Housing trust')
  const make = async (title: string, firstName: string, consent: 'given' | null) => {
    const created = await call(page, 'cases:create', {
      kind: 'individual',
      title,
      keyworkerId: priya,
      leadAgencyId: housing,
      riskLevel: 'high',
    })
    const person = await call(page, 'people:add', {
      caseId: created.id,
      person: { role: 'subject', firstName, lastName: title },
    })
    if (consent)
      await call(page, 'consent:record', {
        personId: person.id,
        status: consent,
        recordedOn: new Date().toISOString().slice(0, 10),
        scope: 'All agencies at the meeting',
        lawfulBasis: 'consent',
      })
    return created.id
  }
  const withConsent = await make('Adams', 'Ann', 'given')
  const withoutConsent = await make('Brown', 'Bo', null)
  const today = new Date().toISOString().slice(0, 10)
  let meeting = await call(page, 'meetings:create', { kind: 'weekly', date: today, time: '10:00', location: '', chairId: priya })
  for (const caseId of [withConsent, withoutConsent]) {
    if (!meeting.items.some((item) => item.caseId === caseId)) meeting = await call(page, 'agenda:add', { meetingId: meeting.id, caseId })
  }
  const itemFor = (caseId: string) => found(meeting.items.find((item) => item.caseId === caseId)?.id, 'the agenda item')
  await call(page, 'actions:raise', {
    itemId: itemFor(withConsent),
    description: 'Book the housing review',
    ownerName: 'Sam Patel',
    ownerAgencyId: housing,
    dueDate: today,
  })
  await call(page, 'actions:raise', {
    itemId: itemFor(withoutConsent),
    description: 'Call the GP',
    ownerName: 'Sam Patel',
    ownerAgencyId: housing,
    dueDate: today,
  })

  await page.keyboard.press('g')
  await page.keyboard.press('a')
  const table = page.getByRole('table', { name: /Actions/ })
  await expect(table.getByRole('row', { name: /Call the GP/ })).toContainText('No consent to share')
  await expect(table.getByRole('row', { name: /Book the housing review/ })).not.toContainText('No consent to share')
})
