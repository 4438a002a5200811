import {
  acceptedAlipayTemplates,
  parseTemplateIds,
  type AlipaySubscribeResult,
  type SubscribeChannel
} from './subscribe-templates'

export type { SubscribeChannel } from './subscribe-templates'

export const SUBSCRIBE_CHANNEL: SubscribeChannel = 'alipay'

// written out in full: only a literal process.env.TARO_APP_* is inlined at build time
const TEMPLATE_IDS = parseTemplateIds(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '')

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
export function requestStatusSubscription(): Promise<string[]> {
  if (TEMPLATE_IDS.length === 0 || typeof my.requestSubscribeMessage !== 'function') return Promise.resolve([])
  return new Promise((resolve) => {
    my.requestSubscribeMessage?.({
      entityIds: TEMPLATE_IDS,
      success: (res) => resolve(acceptedAlipayTemplates(TEMPLATE_IDS, res)),
      fail: () => resolve([])
    })
  })
}
