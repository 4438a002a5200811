import {
  acceptedAlipayTemplates,
  templatesFor,
  type AlipaySubscribeResult,
  type StatusKind,
  type SubscribeChannel
} from './subscribe-templates'

export type { StatusKind, SubscribeChannel } from './subscribe-templates'

export const SUBSCRIBE_CHANNEL: SubscribeChannel = 'alipay'

// written out in full: only a literal process.env.TARO_APP_* is inlined at build time
const TEMPLATE_IDS: Record<StatusKind, string[]> = {
  appeal: templatesFor(process.env.TARO_APP_SUBSCRIBE_TEMPLATES_APPEAL, process.env.TARO_APP_SUBSCRIBE_TEMPLATES),
  application: templatesFor(
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES_APPLICATION,
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES
  )
}

/** whether the build has templates for the kind's status messages (the dialog would be empty without) */
export const offersStatusMessages = (kind: StatusKind): boolean => TEMPLATE_IDS[kind].length > 0

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
  const ids = TEMPLATE_IDS[kind]
  if (ids.length === 0 || typeof my.requestSubscribeMessage !== 'function') return Promise.resolve([])
  return new Promise((resolve) => {
    my.requestSubscribeMessage?.({
      entityIds: ids,
      success: (res) => resolve(acceptedAlipayTemplates(ids, res)),
      fail: () => resolve([])
    })
  })
}
