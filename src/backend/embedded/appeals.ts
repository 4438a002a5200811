// The embedded 诉求服务 backend: both sides of the 12345 loop on the device.
// The citizen files, withdraws and rates; the centre and the units act through `office`. Every state
// change goes through the workflow table of src/core/appeals/workflow.ts.
import { isLeafCode } from '@/core/appeals/categories'
import type { DeadlinePolicy } from '@/core/appeals/deadlines'
import { validateAppealForm, APPEAL_FIELDS } from '@/core/appeals/form'
import { routeAppeal, type RoutingModel } from '@/core/appeals/routing'
import { resolveHandler } from '@/core/appeals/handler'
import { applyEvent, createAppeal, type AppealCommand } from '@/core/appeals/workflow'
import { commandShapeError } from '@/core/appeals/command-shape'
import { shanghaiDate } from '@/core/calendar'
import { maskName, maskPhone, validateName, validatePhone } from '@/core/validators'
import { zoneById } from '@/zones'
import { BackendError } from '../errors'
import type { UserRecords } from '../storage/records'
import type { Appeal } from '@/core/appeals/types'
import type { AppealCatalogue, AppealsApi, AppealView } from '../types'
import type { Locale } from '@/core/domain'
import type { RoutingInput } from '@/core/appeals/routing'

export interface AppealsDataset extends AppealCatalogue {
  routing: RoutingModel
  policies: DeadlinePolicy[]
}

interface Options {
  records: Pick<UserRecords, 'appeals' | 'appealsSeen'>
  datasets: Record<Locale, AppealsDataset>
  now: () => number
  /** folds 繁體 text to 简体, the script of the routing table */
  simplify: (text: string) => string
}

export function embeddedAppealsApi({ records, datasets, now, simplify }: Options): AppealsApi {
  const data = datasets['zh-Hans']
  const { appeals, appealsSeen } = records

  const seenAt = (id: string) => appealsSeen.all().find((s) => s.id === id)?.at ?? 0
  const markSeen = (id: string, at: number) =>
    appealsSeen.write([{ id, at }, ...appealsSeen.all().filter((s) => s.id !== id)])

  /** personal data leaves the backend masked; a confidential appeal shows its contact only on its own detail */
  const view = (a: Appeal, showConfidential: boolean): AppealView => {
    const { contact, ...rest } = a
    const masked = { ...contact, name: maskName(contact.name), phone: maskPhone(contact.phone) }
    return {
      ...rest,
      contact: a.confidential && !showConfidential ? undefined : masked,
      unseen: a.updatedAt > seenAt(a.id)
    }
  }

  const find = (id: string): Appeal => {
    const found = appeals.all().find((a) => a.id === id)
    if (!found) throw new BackendError('not_found', 'appeal.unknown')
    return found
  }

  /** a wrong type from outside (a note that is not text, a null body) is a validation error, never a crash */
  const requireCommandShape = (command: unknown) => {
    const shapeError = commandShapeError(command)
    if (shapeError) throw new BackendError('invalid', shapeError)
  }

  const act = (id: string, command: AppealCommand): Appeal => {
    requireCommandShape(command)
    const current = find(id)
    const result = applyEvent(current, command, now(), data.policies)
    if (!result.ok) throw new BackendError('conflict', result.reason)
    appeals.write(appeals.all().map((a) => (a.id === id ? result.appeal : a)))
    return result.appeal
  }

  /** 诉求编号: SQ + Beijing date + a 6-digit number of that day */
  const nextReference = (at: number) => {
    const day = shanghaiDate(at).replace(/-/g, '')
    const sameDay = appeals.all().filter((a) => a.reference.slice(2, 10) === day).length
    return `SQ${day}${String(sameDay + 1).padStart(6, '0')}`
  }

  const route = (input: RoutingInput) =>
    routeAppeal({ ...input, text: simplify(input.text), tags: input.tags.map(simplify) }, data.routing)

  return {
    async catalogue(locale) {
      const { categories, units, tags } = datasets[locale]
      return { categories, units, tags }
    },
    async proposeRouting(input) {
      return route(input)
    },
    async submit(request) {
      // the same filing sent again (a retry, a queued resend, a double tap) answers with the appeal it created
      const repeat = appeals.all().find((a) => a.idempotencyKey === request.idempotencyKey)
      if (repeat) return view(repeat, true)

      const errors = validateAppealForm(request, {
        cities: zoneById(request.zone).cities,
        isLeaf: (code) => isLeafCode(data.categories, code)
      })
      const first = APPEAL_FIELDS.find((f) => errors[f])
      if (first) throw new BackendError('invalid', errors[first])

      const name = validateName(request.contact.name)
      const phone = validatePhone(request.contact.phoneRegion, request.contact.phone)
      const contact = {
        ...request.contact,
        name: name.ok ? name.value : request.contact.name,
        phone: phone.ok ? phone.value : request.contact.phone
      }
      const at = now()
      const reference = nextReference(at)
      const { location } = request
      // a suggested category and tags came from the content itself: routed on the content alone, as previewed
      const suggested = request.classifiedBy === 'suggestion'
      const routing = route({
        text: request.content,
        tags: suggested ? [] : request.tags,
        categoryCode: suggested ? undefined : request.categoryCode,
        city: location.city,
        district: location.district
      })
      const appeal = createAppeal(
        { ...request, contact },
        { id: reference, reference, routing, at, policies: data.policies }
      )
      appeals.write([appeal, ...appeals.all()])
      markSeen(appeal.id, at)
      return view(appeal, true)
    },
    async list() {
      return appeals.all().map((a) => view(a, false))
    },
    async get(id) {
      return view(find(id), true)
    },
    async withdraw(id) {
      const appeal = act(id, { event: 'withdraw', actor: 'citizen' })
      markSeen(id, appeal.updatedAt)
      return view(appeal, true)
    },
    async rate(id, level, reason) {
      const appeal = act(id, { event: 'rate', actor: 'citizen', level, reason })
      markSeen(id, appeal.updatedAt)
      return view(appeal, true)
    },
    async markSeen(id) {
      markSeen(id, find(id).updatedAt)
    },
    office: {
      async list() {
        return appeals.all().map((a) => view(a, false))
      },
      async act(id, command) {
        requireCommandShape(command)
        if (command.actor !== 'center' && command.actor !== 'unit')
          throw new BackendError('invalid', 'appeal.actor.notAllowed')
        // 智能派单: a dispatch without a unit goes where the classifier proposed, to the district's own unit
        // when the matter is a local one
        if (command.event === 'dispatch' && !command.unitId) {
          const current = find(id)
          const proposed = resolveHandler({
            tree: data.categories,
            units: data.units,
            routing: current.routing,
            categoryCode: current.categoryCode,
            district: current.location.district
          }).unitId
          if (!proposed) throw new BackendError('invalid', 'appeal.unit.required')
          return view(act(id, { ...command, unitId: proposed }), false)
        }
        return view(act(id, command), false)
      }
    }
  }
}
