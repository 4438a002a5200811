import Taro from '@tarojs/taro'
import {
  acceptedWechatTemplates,
  STATUS_TEMPLATE_IDS,
  type StatusKind,
  type SubscribeChannel
} from './subscribe-templates'

export type { StatusKind, SubscribeChannel } from './subscribe-templates'

export const SUBSCRIBE_CHANNEL: SubscribeChannel = 'wechat'

export { offersStatusMessages } from './subscribe-templates'

/**
 * WeChat only shows the dialog inside a tap: call this first in the tap handler, before any await
 * (the request below starts synchronously). Resolves with the accepted template ids, [] when the
 * user refuses, has switched subscriptions off, or no templates are configured.
 */
export async function requestStatusSubscription(kind: StatusKind = 'appeal'): Promise<string[]> {
  const ids = STATUS_TEMPLATE_IDS[kind]
  if (ids.length === 0) return []
  try {
    const res = await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })
    return acceptedWechatTemplates(ids, res as unknown as Record<string, unknown>)
  } catch {
    return []
  }
}
