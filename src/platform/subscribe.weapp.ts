import Taro from '@tarojs/taro'
import { acceptedWechatTemplates, templatesFor, type StatusKind, type SubscribeChannel } from './subscribe-templates'

export type { StatusKind, SubscribeChannel } from './subscribe-templates'

export const SUBSCRIBE_CHANNEL: SubscribeChannel = 'wechat'

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

/**
 * WeChat only shows the dialog inside a tap: call this first in the tap handler, before any await
 * (the request below starts synchronously). Resolves with the accepted template ids, [] when the
 * user refuses, has switched subscriptions off, or no templates are configured.
 */
export async function requestStatusSubscription(kind: StatusKind = 'appeal'): Promise<string[]> {
  const ids = TEMPLATE_IDS[kind]
  if (ids.length === 0) return []
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })
    return acceptedWechatTemplates(ids, res as unknown as Record<string, unknown>)
  } catch {
    return []
  }
}
