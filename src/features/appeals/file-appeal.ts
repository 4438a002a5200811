// Filing an appeal (我要诉求) through the outbox: the filing is put into the persisted outbox (待发送) with its
// idempotency key before anything is sent, so from then on an app kill or a lost network cannot lose it; the
// draft it came from goes at the same moment. A refusal brings it back into the form, as a new filing.
import type { AppealRequest } from '@/core/appeals/types'
import type { AppealView } from '@/backend/types'
import { requestStatusSubscription } from '@/platform/subscribe'
import { flushOutbox, useOutbox } from './outbox'
import { draftFromRequest, useAppealDrafts, useAppealPhotos } from './store'

export type FilingOutcome =
  /** the backend has it; `appeal` is missing when a send started elsewhere (the network came back) took it */
  | { kind: 'sent'; appeal?: AppealView }
  /** waiting in the outbox: offline, or the send failed on the way; it is sent again later */
  | { kind: 'queued' }
  /** the backend said no (a message key); the filing is back in the form's draft with a new key */
  | { kind: 'refused'; reason: string }

/**
 * Files what the form holds. Call it inside the user's tap: it first asks for status notifications (WeChat
 * allows that only in a tap); refusing them does not stop the filing.
 */
export async function fileAppeal(request: Omit<AppealRequest, 'subscriptions'>): Promise<FilingOutcome> {
  const subscriptions = await requestStatusSubscription()
  const filing: AppealRequest = { ...request, subscriptions }
  const key = filing.idempotencyKey
  const { channel } = filing
  useOutbox.getState().enqueue(filing)
  useAppealDrafts.getState().discard(channel)
  useAppealPhotos.getState().set(channel, [])

  const outcome = (await flushOutbox())[key]
  if (outcome?.kind === 'sent') return { kind: 'sent', appeal: outcome.answer }
  if (outcome?.kind === 'refused') {
    useOutbox.getState().remove(key)
    const back = draftFromRequest(filing)
    useAppealDrafts.getState().replace(channel, back.draft)
    useAppealPhotos.getState().set(channel, back.photos)
    return { kind: 'refused', reason: outcome.reason }
  }
  // no answer of its own: either still queued, or a send started elsewhere took it
  return useOutbox.getState().items[key] ? { kind: 'queued' } : { kind: 'sent' }
}
