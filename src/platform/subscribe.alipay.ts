import {
  acceptedAlipayTemplates,
  STATUS_TEMPLATE_IDS,
  type AlipaySubscribeResult,
  type StatusKind,
  type SubscribeChannel
} from './subscribe-templates'

export type { StatusKind, SubscribeChannel } from './subscribe-templates'

export const SUBSCRIBE_CHANNEL: SubscribeChannel = 'alipay'

export { offersStatusMessages } from './subscribe-templates'

// Alipay's request takes entityIds and reports in its own shape: called on `my` directly.
declare const my: {
  requestSubscribeMessage?: (option: {
    entityIds: string[]
    success: (res: AlipaySubscribeResult) => void
    fail: (err: unknown) => void
  }) => void
}

/**
 * Call it from a tap handler, before any await. Resolves with the subscribed template ids, [] when
 * the user cancels, the client is too old to subscribe, or no templates are configured.
 */
export function requestStatusSubscription(kind: StatusKind = 'appeal'): Promise<string[]> {
  const ids = STATUS_TEMPLATE_IDS[kind]
  if (ids.length === 0 || typeof my.requestSubscribeMessage !== 'function') return Promise.resolve([])
  return new Promise((resolve) => {
    my.requestSubscribeMessage?.({
      entityIds: ids,
      success: (res) => resolve(acceptedAlipayTemplates(ids, res)),
      fail: () => resolve([])
    })
  })
}
