import type { ReactNode } from 'react'

/** "How was this worked out": the inputs behind a money figure, one per line. */
export function Working({ figure, children }: { figure: string; children: ReactNode }) {
  return (
    <details className="working">
      <summary>How was this worked out? ({figure})</summary>
      <div className="working-body">{children}</div>
    </details>
  )
}
