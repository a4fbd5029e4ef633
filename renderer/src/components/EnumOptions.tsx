/**
 * The options of a select over one of the domain's fixed lists, each shown by
 * its label from shared/domain (so a select can never word a value
 * differently from the rest of the app). The select around it keeps its own
 * label, value and change handler.
 */
export function EnumOptions<T extends string>({ values, labels }: { values: readonly T[]; labels: Record<T, string> }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ))
}
