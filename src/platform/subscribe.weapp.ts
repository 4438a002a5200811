import Taro from '@tarojs/taro'
import { acceptedWechatTemplates, parseTemplateIds, type SubscribeChannel } from './subscribe-templates'

export type { SubscribeChannel } from './subscribe-templates'

export const SUBSCRIBE_CHANNEL: SubscribeChannel = 'wechat'

// written out in full: only a literal process.env.TARO_APP_* is inlined at build time
const TEMPLATE_IDS = parseTemplateIds(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? '')

/**
 * WeChat only shows the dialog inside a tap: call this first in the tap handler, before any await
 * (the request below starts synchronously). Resolves with the accepted template ids, [] when the
 * user refuses, has switched subscriptions off, or no templates are configured.
 */
export async function requestStatusSubscription(): Promise<string[]> {
  if (TEMPLATE_IDS.length === 0) return []
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: TEMPLATE_IDS, entityIds: [] })
    return acceptedWechatTemplates(TEMPLATE_IDS, res as unknown as Record<string, unknown>)
  } catch {
    return []
  }
}
