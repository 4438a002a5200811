import type { ApplicationForm } from '@/core/applications'
import { newIdempotencyKey } from '@/core/idempotency-key'
import type { ApplicationFormSummary, ApplicationsApi, ApplicationView } from '../types'
import { amendmentBody, applicationBody, ratingBody } from './bodies'
import { createHttpClient, type ClientOptions } from './client'

/** a key for one call: its own retries are answered once, a later call is a new action */
const once = (action: string) => `${action}:${newIdempotencyKey()}`

export function httpApplicationsApi(options: ClientOptions): ApplicationsApi {
  const call = createHttpClient(options)
  const enc = encodeURIComponent
  return {
    listForms: (locale) => call<ApplicationFormSummary[]>('GET', '/applications/forms', { query: { locale } }),
    getForm: (matterId, locale) =>
      call<ApplicationForm>('GET', `/applications/forms/${enc(matterId)}`, { query: { locale } }),
    submit: (request) =>
      call<ApplicationView>('POST', '/me/applications', {
        body: applicationBody(request),
        idempotencyKey: request.idempotencyKey
      }),
    list: () => call<ApplicationView[]>('GET', '/me/applications'),
    get: (id) => call<ApplicationView>('GET', `/me/applications/${enc(id)}`),
    amend: (id, amendment) =>
      call<ApplicationView>('POST', `/me/applications/${enc(id)}/amendment`, {
        body: amendmentBody(amendment),
        idempotencyKey: once(`amend:${id}`)
      }),
    rate: (id, level, reason) =>
      call<ApplicationView>('POST', `/me/applications/${enc(id)}/rating`, {
        body: ratingBody(level, reason),
        idempotencyKey: once(`rate:${id}`)
      }),
    async markSeen(id) {
      await call('PUT', `/me/applications/${enc(id)}/seen`)
    },
    office: {
      list: () => call<ApplicationView[]>('GET', '/office/applications'),
      act: (id, command) =>
        call<ApplicationView>('POST', `/office/applications/${enc(id)}/events`, {
          body: command,
          idempotencyKey: once(`${command?.event}:${id}`)
        })
    }
  }
}
