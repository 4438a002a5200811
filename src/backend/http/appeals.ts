import type { AppealCatalogue, AppealsApi, AppealView } from '../types'
import type { RoutingResult } from '@/core/appeals/types'
import { newIdempotencyKey } from '@/core/idempotency-key'
import { appealBody, ratingBody, routingBody } from './bodies'
import { createHttpClient, type ClientOptions } from './client'

/** a key for one call: its own retries are answered once, a later call is a new action */
const once = (action: string) => `${action}:${newIdempotencyKey()}`

export function httpAppealsApi(options: ClientOptions): AppealsApi {
  const call = createHttpClient(options)
  const enc = encodeURIComponent
  return {
    catalogue: (locale) => call<AppealCatalogue>('GET', '/appeals/catalogue', { query: { locale } }),
    // a pure computation on the server: safe to repeat
    proposeRouting: (input) =>
      call<RoutingResult>('POST', '/appeals/routing-proposals', {
        body: routingBody(input),
        idempotencyKey: once('route')
      }),
    submit: (request) =>
      call<AppealView>('POST', '/me/appeals', { body: appealBody(request), idempotencyKey: request.idempotencyKey }),
    list: () => call<AppealView[]>('GET', '/me/appeals'),
    get: (id) => call<AppealView>('GET', `/me/appeals/${enc(id)}`),
    withdraw: (id) =>
      call<AppealView>('POST', `/me/appeals/${enc(id)}/withdraw`, { idempotencyKey: once(`withdraw:${id}`) }),
    rate: (id, level, reason) =>
      call<AppealView>('POST', `/me/appeals/${enc(id)}/rating`, {
        body: ratingBody(level, reason),
        idempotencyKey: once(`rate:${id}`)
      }),
    async markSeen(id) {
      await call('PUT', `/me/appeals/${enc(id)}/seen`)
    },
    office: {
      list: () => call<AppealView[]>('GET', '/office/appeals'),
      act: (id, command) =>
        call<AppealView>('POST', `/office/appeals/${enc(id)}/events`, {
          body: command,
          idempotencyKey: once(`${command?.event}:${id}`)
        })
    }
  }
}
