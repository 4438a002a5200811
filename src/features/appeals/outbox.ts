// Sending the outbox (待发送). Filings are sent one at a time, in the order they were queued, and never
// two sends at once; each carries its idempotency key, so even a send whose answer was lost cannot make a
// second appeal when it is repeated. A filing leaves the outbox only when the backend has answered.
import type { AppealRequest } from '@/core/appeals/types'
import type { AppealView } from '@/backend/types'
import { isBackendError, isRefusal } from '@/backend/errors'
import { isOnline, onNetworkChange } from '@/platform/network'
import { appealsApi } from './api'
import { useOutbox } from './store'

export type SendOutcome =
  { kind: 'sent'; appeal: AppealView } | { kind: 'queued'; reason: string } | { kind: 'refused'; reason: string }

export interface OutboxDeps {
  submit(request: AppealRequest): Promise<AppealView>
  isOnline(): Promise<boolean>
}

const defaultDeps: OutboxDeps = { submit: (r) => appealsApi.submit(r), isOnline }

/** refused: the backend said no to this filing (it goes back to the form); anything else is retried later */
const refusedReason = (e: unknown) => (isRefusal(e) ? e.reason : undefined)

async function flushNow(deps: OutboxDeps): Promise<Record<string, SendOutcome>> {
  const outcomes: Record<string, SendOutcome> = {}
  const pending = Object.values(useOutbox.getState().items)
    .filter((item) => !item.refused)
    .sort((a, b) => a.queuedAt - b.queuedAt)
  if (pending.length === 0) return outcomes
  if (!(await deps.isOnline())) {
    for (const item of pending)
      outcomes[item.request.idempotencyKey] = { kind: 'queued', reason: 'appeal.outbox.offline' }
    return outcomes
  }
  const { attempted, remove } = useOutbox.getState()
  for (const { request } of pending) {
    const key = request.idempotencyKey
    try {
      const appeal = await deps.submit(request)
      remove(key)
      outcomes[key] = { kind: 'sent', appeal }
    } catch (e) {
      const refused = refusedReason(e)
      attempted(key, refused)
      outcomes[key] = refused
        ? { kind: 'refused', reason: refused }
        : { kind: 'queued', reason: isBackendError(e) ? e.reason : 'server' }
    }
  }
  return outcomes
}

let chain: Promise<unknown> = Promise.resolve()

/** sends what is waiting; calls made while a flush runs wait for it, so nothing is sent twice at once */
export function flushOutbox(deps: OutboxDeps = defaultDeps): Promise<Record<string, SendOutcome>> {
  const run = chain.then(() => flushNow(deps))
  chain = run.catch(() => undefined)
  return run
}

let watching = false

/** while the app runs, coming back online sends the outbox */
export function watchOutbox(): void {
  if (watching) return
  watching = true
  onNetworkChange((online) => {
    if (online) void flushOutbox()
  })
}
