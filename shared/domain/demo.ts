/**
 * Demo data (`npm run demo`) is marked wherever it shows: the window title, a
 * banner on every screen, and every export's header and file name. One home for
 * the words, so the screen and the exports say the same.
 */
export const DEMO_MARK = 'DEMO'

export interface DemoStatus {
  demo: boolean
}

/** "DEMO – Roundtable", or "Roundtable" for a real database. */
export const windowTitle = (demo: boolean): string => (demo ? `${DEMO_MARK} – Roundtable` : 'Roundtable')

/** The banner on every screen and the second line of every Word header. */
export const demoNotice = 'DEMO DATA: made-up people and cases, for demonstration only'

/** "DEMO Board report … .docx": the file says it is demo data once it leaves the app. */
export const demoFileName = (fileName: string): string => `${DEMO_MARK} ${fileName}`
