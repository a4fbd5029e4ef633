import type { MinutesDocData } from '../minutesData'
import { countDirections } from './direction'
import type { MeetingDetail } from './views'

/**
 * Approved minutes with one erased case taken out: its agenda item (with
 * its people, discussion and actions) goes from the preview copy and from
 * both Word copies, and the direction-of-travel summary is counted again
 * without it. Everything else stays exactly as approved.
 */
export function detailWithoutCase(detail: MeetingDetail, caseId: string): MeetingDetail {
  const items = detail.items.filter((item) => item.caseId !== caseId)
  return {
    ...detail,
    currentItemId: items.some((item) => item.id === detail.currentItemId) ? detail.currentItemId : null,
    items,
    directionCounts: countDirections(items.filter((item) => !item.removed).map((item) => item.direction)),
  }
}

export function minutesWithoutCase(data: MinutesDocData, caseReference: string): MinutesDocData {
  const agendaItems = data.agendaItems.filter((item) => item.caseReference !== caseReference)
  if (!data.directionCounts) return { ...data, agendaItems }
  return { ...data, agendaItems, directionCounts: countDirections(agendaItems.map((item) => item.direction)) }
}
