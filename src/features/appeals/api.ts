// The module's only way to domain data: the backend boundary, read through typed hooks on the query layer.
// Every change to an appeal (filing, withdrawing, rating, the office acting, being seen) invalidates the
// appeals, so the list and the detail show it as it is now.
import { appealsApi as backend } from '@/backend/appeals'
import type { AppealsApi } from '@/backend/types'
import type { RoutingInput } from '@/core/appeals/routing'
import { invalidating, useQuery } from '@/components/query'

const SCOPES = {
  catalogue: 'appeals.catalogue',
  routing: 'appeals.routing',
  appeals: 'appeals'
} as const

const CHANGED = [SCOPES.appeals]

export const appealsApi: AppealsApi = {
  ...backend,
  submit: (request) => invalidating(CHANGED, backend.submit(request)),
  withdraw: (id) => invalidating(CHANGED, backend.withdraw(id)),
  rate: (id, level, reason) => invalidating(CHANGED, backend.rate(id, level, reason)),
  markSeen: (id) => invalidating([SCOPES.appeals], backend.markSeen(id)),
  office: {
    ...backend.office,
    act: (id, command) => invalidating(CHANGED, backend.office.act(id, command))
  }
}

/** the category tree, the handling units and the tag vocabulary, in the user's script */
export const useAppealCatalogue = () =>
  useQuery([SCOPES.catalogue], (locale) => appealsApi.catalogue(locale), { reference: true })

/** the unit the classifier proposes for what the form holds; nothing to ask until there is a city and a text or category */
export const useRoutingProposal = (input: RoutingInput) =>
  useQuery(
    input.city && (input.text.trim() || input.categoryCode) ? [SCOPES.routing, input] : null,
    () => appealsApi.proposeRouting(input),
    { reference: true }
  )

/** the user's appeals, newest first */
export const useAppeals = () => useQuery([SCOPES.appeals, 'list'], () => appealsApi.list())

export const useAppeal = (id: string) => useQuery([SCOPES.appeals, id], () => appealsApi.get(id))
