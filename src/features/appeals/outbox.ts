// The appeals' outbox (待发送), on the shared outbox (stores/outbox.ts): filings are sent one at a time, in the
// order they were queued, never two sends at once, each with its idempotency key, so even a send whose answer was
// lost cannot make a second appeal when it is repeated. A filing leaves the outbox only when the backend answered.
import type { AppealRequest } from '@/core/appeals/types'
import type { AppealView } from '@/backend/types'
import { isOnline, onNetworkChange } from '@/platform/network'
import { createOutbox, type OutboxItem as Queued } from '@/stores/outbox'
import { appealsApi } from './api'

/** a filing waiting to be sent (待发送) */
export type OutboxItem = Queued<AppealRequest>

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null

export const appealOutbox = createOutbox<AppealRequest, AppealView>({
  name: 'wst:appeal-outbox',
  isRequest: (x): x is AppealRequest => isObject(x) && typeof x.idempotencyKey === 'string',
  submit: (request) => appealsApi.submit(request),
  isOnline,
  onNetworkChange,
  offlineReason: 'appeal.outbox.offline'
})

/** the filings waiting to be sent, by idempotency key */
export const useOutbox = appealOutbox.useOutbox
/** sends what is waiting; calls made while a flush runs wait for it, so nothing is sent twice at once */
export const flushOutbox = appealOutbox.flush
/** while the app runs, coming back online sends the outbox */
export const watchOutbox = appealOutbox.watch
