/** Why run mode is saving the case on screen: moving on and finishing may ask for more; leaving never does. */
export type SavePurpose = 'move' | 'finish' | 'leave'

/** Saved; refused with errors shown at the fields; or held back to ask the chair something first. */
export type SaveOutcome = 'saved' | 'invalid' | 'asked'

export type ItemSave = (purpose: SavePurpose) => Promise<SaveOutcome>
