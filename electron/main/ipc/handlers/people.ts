import type { AppServices } from '../../appServices'
import * as people from '../../services/people'
import type { Handlers } from '../handlerTypes'

export const peopleHandlers = ({ ctx }: AppServices) =>
  ({
    'people:add': (input) => people.add(ctx, input.caseId, input.person),
    'people:update': (input) => people.update(ctx, input.personId, input.person),
    'consent:record': (input) => people.recordConsent(ctx, input),
    'consent:history': (input) => people.consentHistoryOf(ctx, input.personId),
  }) satisfies Partial<Handlers>
