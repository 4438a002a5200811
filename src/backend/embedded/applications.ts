// The embedded 在线申办 backend: both sides of the application loop on the device.
// The applicant submits, amends after a 补正 request and rates; the office acts through `office`. Every state
// change goes through the workflow table of src/core/applications/workflow.ts, and every submission and
// amendment is checked against the matter's form with the same rules the app's form uses.
import {
  applyApplicationEvent,
  createApplication,
  fieldKey,
  firstError,
  isStateConflict,
  materialKey,
  validateApplication,
  type Application,
  type ApplicationCommand,
  type ApplicationForm
} from '@/core/applications'
import { shanghaiDate } from '@/core/calendar'
import type { Locale } from '@/core/domain'
import { maskIdNumber, maskName, maskPhone, validateIdDocument, validatePhone } from '@/core/validators'
import { CASE_REFERENCE_PREFIX } from '@/core/validators/case-reference'
import { BackendError } from '../errors'
import type { UserRecords } from '../storage/records'
import type { ApplicationsApi, ApplicationView } from '../types'

export interface ApplicationsDataset {
  forms: ApplicationForm[]
}

interface Options {
  records: Pick<UserRecords, 'applications' | 'applicationsSeen'>
  datasets: Record<Locale, ApplicationsDataset>
  now: () => number
}

/** online applications are numbered from here within a day, apart from the window's own 受理编号 */
const ONLINE_SERIAL_BASE = 500000

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null

export function embeddedApplicationsApi({ records, datasets, now }: Options): ApplicationsApi {
  const { applications, applicationsSeen } = records
  const formOf = (matterId: unknown, locale: Locale = 'zh-Hans'): ApplicationForm => {
    const form = datasets[locale].forms.find((f) => f.matterId === matterId)
    if (!form) throw new BackendError('not_found', 'application.matter.unknown')
    return form
  }

  const seenAt = (id: string) => applicationsSeen.all().find((s) => s.id === id)?.at ?? 0
  const markSeen = (id: string, at: number) =>
    applicationsSeen.write([{ id, at }, ...applicationsSeen.all().filter((s) => s.id !== id)])

  /** personal data leaves the backend masked */
  const view = (a: Application): ApplicationView => {
    const { applicant } = a
    return {
      ...a,
      applicant: {
        ...applicant,
        name: maskName(applicant.name),
        idNumber: maskIdNumber(applicant.idNumber),
        phone: maskPhone(applicant.phone)
      },
      unseen: a.updatedAt > seenAt(a.id)
    }
  }

  const find = (id: string): Application => {
    const found = applications.all().find((a) => a.id === id)
    if (!found) throw new BackendError('not_found', 'application.unknown')
    return found
  }

  const save = (next: Application) => applications.write(applications.all().map((a) => (a.id === next.id ? next : a)))

  const act = (id: string, command: ApplicationCommand): Application => {
    if (!isObject(command)) throw new BackendError('invalid', 'application.command.invalid')
    const result = applyApplicationEvent(find(id), command, now())
    if (!result.ok) {
      throw new BackendError(isStateConflict(result.reason) ? 'conflict' : 'invalid', result.reason)
    }
    save(result.application)
    return result.application
  }

  /** 申办编号: JM + Beijing date + a 6-digit number of that day, as 办件查询 reads it */
  const nextReference = (at: number) => {
    const day = shanghaiDate(at).replace(/-/g, '')
    const prefix = `${CASE_REFERENCE_PREFIX}${day}`
    const sameDay = applications.all().filter((a) => a.reference.startsWith(prefix)).length
    return `${prefix}${String(ONLINE_SERIAL_BASE + sameDay + 1).padStart(6, '0')}`
  }

  return {
    async listForms(locale) {
      return datasets[locale].forms.map(({ matterId, title, version }) => ({ matterId, title, version }))
    },
    async getForm(matterId, locale) {
      return formOf(matterId, locale)
    },
    async submit(request) {
      if (!isObject(request) || typeof request.idempotencyKey !== 'string' || request.idempotencyKey === '')
        throw new BackendError('invalid', 'application.command.invalid')
      // the same application sent again (a retry, a queued resend, a double tap) answers with the one it created
      const repeat = applications.all().find((a) => a.idempotencyKey === request.idempotencyKey)
      if (repeat) return view(repeat)

      const form = formOf(request.matterId)
      if (request.formVersion !== form.version) throw new BackendError('conflict', 'application.form.outdated')
      const at = now()
      const problem = firstError(form, request, at)
      if (problem) throw new BackendError('invalid', problem)

      // stored in the validators' canonical forms (upper-case X, no spaces, +852 numbers without the code)
      const id = validateIdDocument(request.applicant.idType, request.applicant.idNumber)
      const phone = validatePhone(request.applicant.phoneRegion, request.applicant.phone)
      const applicant = {
        ...request.applicant,
        name: request.applicant.name.trim(),
        idNumber: id.ok ? id.value : request.applicant.idNumber,
        phone: phone.ok ? phone.value : request.applicant.phone
      }
      const reference = nextReference(at)
      const application = createApplication({ ...request, applicant }, form, {
        id: reference,
        reference,
        matterName: form.title,
        at
      })
      applications.write([application, ...applications.all()])
      markSeen(application.id, at)
      return view(application)
    },
    async list() {
      return applications.all().map(view)
    },
    async get(id) {
      return view(find(id))
    },
    async amend(id, amendment) {
      const current = find(id)
      const asked = current.amendRequest
      if (current.status !== 'amending' || !asked) throw new BackendError('conflict', 'application.transition.invalid')
      if (!isObject(amendment)) throw new BackendError('invalid', 'application.command.invalid')
      const answers = isObject(amendment.answers) ? (amendment.answers as Record<string, string>) : {}
      const attachments = isObject(amendment.attachments) ? (amendment.attachments as Application['attachments']) : {}
      // the amended application must pass the form's rules on everything the office asked about
      const merged = {
        ...current,
        answers: { ...current.answers, ...answers },
        attachments: { ...current.attachments, ...attachments }
      }
      const errors = validateApplication(formOf(current.matterId), merged, now())
      const askedKeys = [...asked.fields.map(fieldKey), ...asked.materials.map(materialKey)]
      const problem = askedKeys.map((k) => errors[k]).find(Boolean)
      if (problem) throw new BackendError('invalid', problem)
      const next = act(id, { event: 'amend', actor: 'applicant', answers, attachments })
      markSeen(id, next.updatedAt)
      return view(next)
    },
    async rate(id, level, reason) {
      const next = act(id, { event: 'rate', actor: 'applicant', level, reason })
      markSeen(id, next.updatedAt)
      return view(next)
    },
    async markSeen(id) {
      markSeen(id, find(id).updatedAt)
    },
    office: {
      async list() {
        return applications.all().map(view)
      },
      async act(id, command) {
        if (!isObject(command) || (command as { actor?: unknown }).actor !== 'office')
          throw new BackendError('invalid', 'application.actor.notAllowed')
        if (command.event === 'requestAmend') {
          // the office may only ask about fields and materials the form has
          const form = formOf(find(id).matterId)
          const fields = Array.isArray(command.fields) ? command.fields : []
          const materials = Array.isArray(command.materials) ? command.materials : []
          const known =
            fields.every((f) => form.fields.some((x) => x.id === f)) &&
            materials.every((m) => form.materials.some((x) => x.id === m && !x.exempt))
          if (!known) throw new BackendError('invalid', 'application.field.unknown')
        }
        return view(act(id, command))
      }
    }
  }
}
