// Rules of an application form: the applicant block every form has, then the matter's own fields and its
// materials checklist, all from the form's schema. One message code per field key, in the order the form shows
// them, so the page puts each message under its field and scrolls to the first.
import { isIsoDate, shanghaiDate } from '../calendar'
import type { ValidationCode } from '../validators/codes'
import { validateCreditCode } from '../validators/credit-code'
import { validateEnterpriseName } from '../validators/enterprise-name'
import { validateIdDocument } from '../validators/id-document'
import { validateName } from '../validators/name'
import { validatePhone } from '../validators/phone'
import type { ApplicationCode } from './codes'
import type { Applicant, ApplicationForm, ApplicationRequest, Attachment, FormField } from './types'

/** 2 MB per photo, after the client's compression (as for appeals) */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024

export const APPLICANT_FIELDS = ['name', 'idNumber', 'phone', 'companyName', 'creditCode'] as const
export type ApplicantField = (typeof APPLICANT_FIELDS)[number]

/** a key of the form: an applicant field, `f.<field id>` or `m.<material id>` */
export type ApplicationFieldKey = ApplicantField | `f.${string}` | `m.${string}`

export type ApplicationFormCode = ApplicationCode | ValidationCode
export type ApplicationErrors = Partial<Record<ApplicationFieldKey, ApplicationFormCode>>

export const fieldKey = (id: string): `f.${string}` => `f.${id}`
export const materialKey = (id: string): `m.${string}` => `m.${id}`

/** the fields shown for these answers: a field with `showWhen` only while the other field has one of its values */
export function visibleFields(form: ApplicationForm, answers: Record<string, string>): FormField[] {
  return form.fields.filter((f) => !f.showWhen || f.showWhen.values.includes(answers[f.showWhen.field] ?? ''))
}

/** every key of the form, in the order it shows them */
export function formKeys(form: ApplicationForm, answers: Record<string, string>): ApplicationFieldKey[] {
  const applicant: ApplicationFieldKey[] =
    form.applicant === 'legal'
      ? ['companyName', 'creditCode', 'name', 'idNumber', 'phone']
      : ['name', 'idNumber', 'phone']
  return [
    ...applicant,
    ...visibleFields(form, answers).map((f) => fieldKey(f.id)),
    ...form.materials.map((m) => materialKey(m.id))
  ]
}

const chars = (s: string) => Array.from(s.trim()).length

/** one answer against its field; `today` is the Beijing date the rules are relative to */
export function checkField(field: FormField, raw: string | undefined, today: string): ApplicationFormCode | null {
  const value = typeof raw === 'string' ? raw.trim() : ''
  if (value === '') return field.required ? 'application.field.required' : null
  switch (field.kind) {
    case 'text':
    case 'textarea':
      if (field.minLength !== undefined && chars(value) < field.minLength) return 'application.field.tooShort'
      if (chars(value) > (field.maxLength ?? (field.kind === 'text' ? 50 : 500))) return 'application.field.tooLong'
      return null
    case 'select':
      return field.options?.some((o) => o.value === value) ? null : 'application.field.option'
    case 'date':
      if (!isIsoDate(value)) return 'application.field.date'
      return field.notAfter === 'today' && value > today ? 'application.field.dateFuture' : null
    case 'month':
      if (!/^\d{4}-\d{2}$/.test(value) || !isIsoDate(`${value}-01`)) return 'application.field.month'
      return field.notAfter === 'today' && value > today.slice(0, 7) ? 'application.field.dateFuture' : null
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(value)) return 'application.field.number'
      const n = Number(value)
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))
        return 'application.field.range'
      return null
    }
    case 'creditCode': {
      const r = validateCreditCode(value)
      return r.ok ? null : r.code
    }
    default:
      return 'application.field.unknown'
  }
}

function checkAttachments(
  slot: ApplicationForm['materials'][number],
  files: Attachment[] | undefined
): ApplicationFormCode | null {
  const list = Array.isArray(files) ? files : []
  if (slot.exempt) return list.length > 0 ? 'application.material.exempt' : null
  if (list.length === 0) return slot.required ? 'application.material.required' : null
  if (list.length > slot.maxFiles) return 'application.material.tooMany'
  if (list.some((f) => typeof f?.size !== 'number' || f.size > MAX_ATTACHMENT_BYTES || typeof f.path !== 'string'))
    return 'application.material.tooLarge'
  return null
}

function checkApplicant(form: ApplicationForm, a: Partial<Applicant> | undefined): ApplicationErrors {
  const errors: ApplicationErrors = {}
  const code = (r: { ok: boolean; code?: ValidationCode }) => (r.ok ? undefined : r.code)
  const put = (key: ApplicantField, c: ApplicationFormCode | undefined) => {
    if (c) errors[key] = c
  }
  put('name', code(validateName(a?.name ?? '')))
  put('idNumber', code(validateIdDocument(a?.idType ?? 'mainland', a?.idNumber ?? '')))
  put('phone', code(validatePhone(a?.phoneRegion ?? 'cn', a?.phone ?? '')))
  if (form.applicant === 'legal') {
    put('companyName', code(validateEnterpriseName(a?.company?.name ?? '')))
    put('creditCode', code(validateCreditCode(a?.company?.creditCode ?? '')))
  }
  return errors
}

/** what is wrong with an application against its form, one code per key; {} when it can be sent */
export function validateApplication(
  form: ApplicationForm,
  request: Pick<ApplicationRequest, 'applicant' | 'answers' | 'attachments'>,
  now: number
): ApplicationErrors {
  const today = shanghaiDate(now)
  const answers = request.answers ?? {}
  const errors: ApplicationErrors = checkApplicant(form, request.applicant)
  for (const field of visibleFields(form, answers)) {
    const c = checkField(field, answers[field.id], today)
    if (c) errors[fieldKey(field.id)] = c
  }
  for (const slot of form.materials) {
    const c = checkAttachments(slot, request.attachments?.[slot.id])
    if (c) errors[materialKey(slot.id)] = c
  }
  return errors
}

/** the first problem in the order the form shows them, or null */
export function firstError(
  form: ApplicationForm,
  request: ApplicationRequest,
  now: number
): ApplicationFormCode | null {
  const errors = validateApplication(form, request, now)
  const key = formKeys(form, request.answers ?? {}).find((k) => errors[k])
  return key ? errors[key]! : null
}

/** what a draft of an older form version keeps: the answers and pages of fields and materials still asked */
export function carryOver(
  form: ApplicationForm,
  answers: Record<string, string>,
  attachments: Record<string, Attachment[]>
): { answers: Record<string, string>; attachments: Record<string, Attachment[]> } {
  const fieldIds = new Set(form.fields.map((f) => f.id))
  const materialIds = new Set(form.materials.filter((m) => !m.exempt).map((m) => m.id))
  return {
    answers: Object.fromEntries(Object.entries(answers).filter(([id]) => fieldIds.has(id))),
    attachments: Object.fromEntries(Object.entries(attachments).filter(([id]) => materialIds.has(id)))
  }
}

/**
 * the answers a new application starts with from facts the user saved (我的信息): each field that names a fact
 * takes its answer when the field would accept it (a select only one of its values), never one it would refuse
 */
export function prefillAnswers(
  form: ApplicationForm,
  facts: Readonly<Record<string, unknown>>,
  today: string,
  /** answers by field id (a link's preset), taken as they are where the field accepts them */
  preset: Readonly<Record<string, string>> = {}
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const field of form.fields) {
    const value = field.id in preset ? preset[field.id] : field.fact ? facts[field.fact] : undefined
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue
    const text = field.id in preset ? String(value) : (field.factValues?.[String(value)] ?? String(value))
    if (checkField({ ...field, required: true }, text, today) === null) out[field.id] = text
  }
  return out
}
