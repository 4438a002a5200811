// Status messages: the resident accepts the platform's subscribe-message templates (WeChat's
// Taro.requestSubscribeMessage, Alipay's my.requestSubscribeMessage; nothing on H5) and the server is told which
// (PUT /me/subscriptions), so it sends the next status change of an appeal or an application as a platform message.
// A one-time template is good for one message: ask again where the resident expects the next one. The ask itself
// is askForStatusMessages (backend/subscriptions.ts).
import type { StatusKind } from '@/platform/subscribe'
import { createHttpClient, type ClientOptions } from './client'

export interface Subscription {
  templateId: string
  kind: StatusKind
  /** epoch ms of the latest acceptance */
  grantedAt: number
  /** false once a message used the acceptance */
  available: boolean
}

export function httpSubscriptionsApi(options: ClientOptions) {
  const call = createHttpClient(options)
  return {
    /** records templates the platform's dialog says were accepted; the same call twice is one acceptance */
    async record(kind: StatusKind, accepted: string[]): Promise<Subscription[]> {
      return (await call<{ subscriptions: Subscription[] }>('PUT', '/me/subscriptions', { body: { kind, accepted } }))
        .subscriptions
    },
    async list(): Promise<Subscription[]> {
      return (await call<{ subscriptions: Subscription[] }>('GET', '/me/subscriptions')).subscriptions
    }
  }
}
