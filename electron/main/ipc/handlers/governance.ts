import type { AppServices } from '../../appServices'
import * as auditLog from '../../services/auditLog'
import * as erasure from '../../services/erasure'
import * as restore from '../../services/restore'
import * as retention from '../../services/retention'
import type { Handlers } from '../handlerTypes'

/** The information-governance tools: the audit log, retention and erasure, restore from a backup. */
export const governanceHandlers = ({ ctx, saveFile, session, databaseSwap }: AppServices) =>
  ({
    'audit:list': (input) => auditLog.list(ctx, input),
    'audit:export': (input) => auditLog.exportCsv(ctx, saveFile, input),
    'retention:getPolicy': () => retention.getPolicy(ctx),
    'retention:savePolicy': (input) => retention.savePolicy(ctx, input),
    'retention:due': () => retention.due(ctx),
    'retention:erase': (input) => ({ reference: erasure.erase(ctx, input).reference }),
    'retention:eraseOnRequest': (input) => ({ reference: erasure.eraseOnRequest(ctx, input).reference }),
    'backup:restore': (input) => {
      const outcome = restore.restore(ctx, databaseSwap, input.fileName)
      // A user the restored database does not know cannot stay signed in.
      if (outcome.signedOut) session.set(null, ctx.now().getTime())
      return outcome
    },
  }) satisfies Partial<Handlers>
