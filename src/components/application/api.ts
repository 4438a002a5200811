// 在线申办 on the query layer, for every module that takes applications: typed hooks over the backend boundary,
// and the outbox every submission goes through. A change invalidates what it changes.
import { applicationsApi as backend } from '@/backend/applications'
import type { Amendment, ApplicationView } from '@/backend/types'
import type { ApplicationRequest } from '@/core/applications'
import type { RatingLevel } from '@/core/domain'
import { isOnline, onNetworkChange } from '@/platform/network'
import { requestStatusSubscription } from '@/platform/subscribe'
import { createOutbox, type SendOutcome } from '@/stores/outbox'
import { invalidating, useQuery } from '../query'
import { useApplicationDrafts, useApplicationPages } from './drafts'

export const APPLICATION_SCOPES = {
  forms: 'applications.forms',
  form: 'applications.form',
  list: 'applications.list',
  one: 'applications.one'
} as const

const CHANGED = [APPLICATION_SCOPES.list, APPLICATION_SCOPES.one]

export const applicationsApi = {
  ...backend,
  amend: (id: string, amendment: Amendment) => invalidating(CHANGED, backend.amend(id, amendment)),
  rate: (id: string, level: RatingLevel, reason?: string) => invalidating(CHANGED, backend.rate(id, level, reason)),
  markSeen: (id: string) => invalidating([APPLICATION_SCOPES.list], backend.markSeen(id))
}

const reference = { reference: true }

/** the matters that take online applications */
export const useApplicationForms = () =>
  useQuery([APPLICATION_SCOPES.forms], (locale) => applicationsApi.listForms(locale), reference)

/**
 * The name of an application's matter in the user's script: the record keeps the 简体 name it was filed under,
 * the forms list has the current one in either script.
 */
export function useMatterName(): (a: { matterId: string; matterName: string }) => string {
  const forms = useApplicationForms().data
  return (a) => forms?.find((f) => f.matterId === a.matterId)?.title ?? a.matterName
}

/** the current form of a matter; nothing to load while the id is '' */
export const useApplicationForm = (matterId: string) =>
  useQuery(matterId ? [APPLICATION_SCOPES.form, matterId] : null, (locale) => applicationsApi.getForm(matterId, locale))

/** the user's applications, newest first */
export const useMyApplications = () => useQuery([APPLICATION_SCOPES.list], () => applicationsApi.list())

export const useApplication = (id: string) => useQuery([APPLICATION_SCOPES.one, id], () => applicationsApi.get(id))

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null

export const applicationOutbox = createOutbox<ApplicationRequest, ApplicationView>({
  name: 'wst:application-outbox',
  isRequest: (x): x is ApplicationRequest =>
    isObject(x) &&
    typeof x.idempotencyKey === 'string' &&
    typeof x.matterId === 'string' &&
    isObject(x.applicant) &&
    isObject(x.answers) &&
    isObject(x.attachments),
  submit: (request) => invalidating([APPLICATION_SCOPES.list], backend.submit(request)),
  isOnline,
  onNetworkChange,
  offlineReason: 'application.outbox.offline'
})

export type ApplyOutcome = SendOutcome<ApplicationView> | { kind: 'taken' }

/**
 * Submits what the form holds, through the outbox. Call it inside the user's tap: it first asks for status
 * notifications (WeChat allows that only in a tap); refusing them does not stop the application. The draft goes
 * once the outbox holds the request; a refusal brings nothing back because the draft is only dropped on success
 * or while queued (the queued request is the draft then).
 */
export async function submitApplication(request: Omit<ApplicationRequest, 'subscriptions'>): Promise<ApplyOutcome> {
  const subscriptions = await requestStatusSubscription('application')
  const outcome = await applicationOutbox.send({ ...request, subscriptions })
  if (outcome.kind !== 'refused') {
    useApplicationDrafts.getState().discard(request.matterId)
    useApplicationPages.getState().set(request.matterId, {})
  }
  return outcome
}
