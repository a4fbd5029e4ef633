import { expect, type Page } from '@playwright/test'

const CHAIR = 'Priya Shah (Mental health trust)'

/**
 * The meeting screen before run mode, driven as a chair does: the New
 * meeting form, the attendance table (each tick saved at once, so each is
 * checked to show what the database holds) and Start meeting. One home for
 * the steps many specs take to reach run mode.
 */
export class MeetingScreen {
  constructor(private readonly page: Page) {}

  get attendance() {
    return this.page.getByRole('table', { name: 'Attendance' })
  }

  /** Fills the New meeting form on the Meetings screen (already open) and creates the meeting. */
  async create({ date, location, chair = CHAIR }: { date: string; location?: string; chair?: string }) {
    const form = this.page.getByRole('form', { name: 'New meeting' })
    await form.getByLabel('Date').fill(date)
    if (location !== undefined) await form.getByLabel('Location').fill(location)
    await form.getByLabel('Chair').selectOption({ label: chair })
    await form.getByRole('button', { name: 'Create meeting' }).click()
  }

  /** Marks the only person listed present (a new meeting lists its chair). */
  async markPresent() {
    await this.attendance.getByRole('radio', { name: 'Present' }).click()
    await expect(this.attendance.getByRole('radio', { name: 'Present' })).toBeChecked()
  }

  /** The person present agrees the confidentiality statement. */
  async agreeStatement() {
    await this.attendance.getByRole('checkbox', { name: /agrees/ }).click()
    await expect(this.attendance.getByRole('checkbox', { name: /agrees/ })).toBeChecked()
  }

  /** Skips the statement for someone who did not hear it (joined late, left early). */
  async skipStatementFor(name: string) {
    await this.attendance.getByRole('checkbox', { name: `Skip the statement for ${name}` }).check()
    await expect(this.attendance.getByRole('checkbox', { name: `Skip the statement for ${name}` })).toBeChecked()
  }

  async start() {
    await this.page.getByRole('button', { name: 'Start meeting' }).click()
  }
}
