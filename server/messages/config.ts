// The message senders and templates `npm run server` takes from its environment: the same app credentials as the
// login providers (WECHAT_APPID / WECHAT_SECRET / WECHAT_API, ALIPAY_APPID / ALIPAY_PRIVATE_KEY / ALIPAY_PUBLIC_KEY
// / ALIPAY_GATEWAY), the template ids (WECHAT_TEMPLATE_APPEAL, WECHAT_TEMPLATE_APPLICATION, ALIPAY_TEMPLATE_APPEAL,
// ALIPAY_TEMPLATE_APPLICATION), MESSAGE_FIELDS for other field keys, WECHAT_MESSAGE_STATE for a trial build,
// WECHAT_TOKEN_API=token for GET /cgi-bin/token in place of the shared stable_token.
import { platformAppsFromEnv } from '../auth/providers'
import { alipaySender } from './alipay'
import type { MessageProvider, MessageSender } from './senders'
import { templatesFromEnv, type Templates } from './templates'
import { wechatSender } from './wechat'

export function messageSendersFromEnv(env: Record<string, string | undefined>): {
  senders: Partial<Record<MessageProvider, MessageSender>>
  templates: Templates
} {
  const senders: Partial<Record<MessageProvider, MessageSender>> = {}
  const apps = platformAppsFromEnv(env)
  if (apps.wechat)
    senders.wechat = wechatSender({
      ...apps.wechat,
      state:
        env.WECHAT_MESSAGE_STATE === 'trial' || env.WECHAT_MESSAGE_STATE === 'developer'
          ? env.WECHAT_MESSAGE_STATE
          : 'formal',
      tokenApi: env.WECHAT_TOKEN_API === 'token' ? 'token' : 'stable'
    })
  if (apps.alipay) senders.alipay = alipaySender(apps.alipay)
  return { senders, templates: templatesFromEnv(env) }
}
