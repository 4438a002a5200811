// 在线申办: the generic application pipeline. A matter (a 政务服务 item, a talent subsidy, later an investment
// consultation) publishes a versioned form; the applicant fills it and submits once; the office accepts, may ask
// for 补正, reviews and decides; a subsidy is publicised before approval and then paid out in instalments; every
// step is timestamped and the promised time limit runs in working days. Nothing here knows which module the
// matter belongs to.
import type { IdType, PhoneRegion, ZoneId } from '../domain'
import type { RatingRecord } from '../rating'

/** what a field holds; each kind has its own input and its own rules */
export const FIELD_KINDS = ['text', 'textarea', 'select', 'date', 'month', 'number', 'creditCode'] as const
export type FieldKind = (typeof FIELD_KINDS)[number]

export interface FormOption {
  value: string
  label: string
}

export interface FormField {
  /** stable within the matter across form versions; the key of the answer */
  id: string
  label: string
  kind: FieldKind
  required: boolean
  /** one line under the label: what the field expects */
  hint?: string
  placeholder?: string
  /** select: the choices */
  options?: FormOption[]
  /** text / textarea: length in characters */
  minLength?: number
  maxLength?: number
  /** number: inclusive range */
  min?: number
  max?: number
  /** date / month: the latest allowed, relative to today in Beijing time ('today') */
  notAfter?: 'today'
  /** shown only when another field has one of these values */
  showWhen?: { field: string; values: string[] }
  /**
   * the answer saved in 我的信息 (a 人才资格自测 fact, e.g. 'education') that fills the field in a new application,
   * through `factValues` where the answer and the field's values differ (fullTimeDegree true → 'full_time')
   */
  fact?: string
  factValues?: Record<string, string>
}

/** a matter's id as a link carries it: '<module>/<item id>' in lower-case ASCII ('talent/talent-card') */
export const isMatterId = (value: string): boolean => /^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/.test(value)

/** one entry of the materials checklist */
export interface MaterialSlot {
  id: string
  name: string
  /** 免证办: fetched from the electronic licence library, nothing to upload */
  exempt: boolean
  /** must be uploaded (a non-exempt material the matter always needs) */
  required: boolean
  note?: string
  /** photos of the document, or PDF files, at most this many */
  maxFiles: number
}

/** who applies: a person, or an enterprise through a person */
export type ApplicantKind = 'personal' | 'legal'

/**
 * the office's steps a form's applications go through:
 * - standard: 受理 → (补正 ⇄) 审核 → 办结 (准予 / 不予), or 退回
 * - subsidy: 受理 starts 初审 → (补正 →) 复审 → 公示 (5 working days) → 通过 / 不予通过 → 发放 (instalments)
 * - consultation (投资咨询, 我要对接): 受理 → (补正 →) 已对接 (the office met the company) → 已办结 with the result
 */
export const APPLICATION_WORKFLOWS = ['standard', 'subsidy', 'consultation'] as const
export type ApplicationWorkflow = (typeof APPLICATION_WORKFLOWS)[number]

/** one step of what an approval pays out or hands over (a subsidy instalment, 人才卡制发, 配租入住) */
export interface PayoutStep {
  label: string
  /** yuan; absent for a step in kind (a card, a flat) */
  amountYuan?: number
  /** due this many months after the Beijing date of approval (0: the approval date itself) */
  monthsAfterApproval: number
  /** only for applications whose answer to another field is one of these values (e.g. 博士 rates apart from 硕士) */
  showWhen?: { field: string; values: string[] }
}

export interface ApplicationForm {
  /** the matter it applies for: '<module>/<item id>', e.g. 'gov-services/svc-0001' */
  matterId: string
  /** raised whenever a field or material changes; a draft of an older version keeps the answers still asked */
  version: number
  title: string
  applicant: ApplicantKind
  fields: FormField[]
  materials: MaterialSlot[]
  /** 承诺时限 in working days from 受理 (0 = 即办: decided the day it is accepted) */
  promisedDays: number
  /** how the result reaches the applicant, e.g. 电子证照 / 邮寄 */
  delivery: string
  /** absent: 'standard' */
  workflow?: ApplicationWorkflow
  /** what an approval pays out, in order (subsidy workflow) */
  payout?: PayoutStep[]
}

export interface Applicant {
  name: string
  idType: IdType
  idNumber: string
  phoneRegion: PhoneRegion
  phone: string
  /** for ApplicantKind 'legal' */
  company?: { name: string; creditCode: string }
}

/** an uploaded page of a material: a photo, or a document (a PDF) with its file name */
export interface Attachment {
  /** a file path the platform keeps (saved file on mini-programs, data URL on H5) */
  path: string
  /** bytes (a photo's after compression) */
  size: number
  /** a document's file name; photos have none */
  name?: string
}

export interface ApplicationRequest {
  /** generated once per application form; the same key never creates a second application */
  idempotencyKey: string
  matterId: string
  formVersion: number
  zone: ZoneId
  applicant: Applicant
  /** field id → answer (always text; numbers and dates in their canonical text form) */
  answers: Record<string, string>
  /** material id → its pages */
  attachments: Record<string, Attachment[]>
  /** the message templates the user accepted for status changes (WeChat / Alipay subscribe messages) */
  subscriptions?: string[]
}

/**
 * 已提交 → 已受理 → 补正 → 审核中 → 办结 (准予 / 不予) or 退回; a subsidy reads accepted as 初审中, reviewing as 复审中,
 * and adds 公示中 (publicizing) before approval, then 发放中 (paying) until 已发放 (paid); a consultation goes from
 * 已受理 to 已对接 (connected) before 已办结
 */
export const APPLICATION_STATUSES = [
  'submitted',
  'accepted',
  'amending',
  'reviewing',
  'publicizing',
  'connected',
  'decided',
  'paying',
  'paid',
  'returned'
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const APPLICATION_EVENTS = [
  'submit',
  'accept',
  'requestAmend',
  'amend',
  'review',
  'publicize',
  'connect',
  'decide',
  'pay',
  'return',
  'rate',
  'callBack',
  'rectify'
] as const
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number]

export type ApplicationActor = 'applicant' | 'office'

export type DecisionOutcome = 'approved' | 'denied'

export interface ApplicationDecision {
  outcome: DecisionOutcome
  /** 决定书 text: what was granted, or why not */
  text: string
  at: number
}

/** 补正: what the office asks for */
export interface AmendRequest {
  note: string
  /** the fields and materials to change; the rest stay as they were */
  fields: string[]
  materials: string[]
  at: number
}

export interface ApplicationStep {
  event: ApplicationEvent
  actor: ApplicationActor
  /** epoch ms */
  at: number
  from: ApplicationStatus | null
  to: ApplicationStatus
  note?: string
}

/** 公示: the period the approval waits for objections */
export interface ApplicationPublicity {
  startedAt: number
  /** 24:00 Beijing time of the last working day of the period */
  endsAt: number
}

/** one instalment of an approved application's schedule */
export interface ApplicationPayment {
  label: string
  amountYuan?: number
  /** Beijing date, YYYY-MM-DD */
  dueOn: string
  /** when the office recorded it paid (handed over), epoch ms */
  paidAt?: number
  note?: string
}

/** the promised time limit: counted in working days from 受理, stopped while the applicant amends */
export interface ApplicationDeadline {
  promisedDays: number
  /** end of the last working day, epoch ms; set at 受理 */
  dueAt?: number
  /** working days added for time spent in 补正 */
  pausedDays: number
  /** when the decision came, epoch ms */
  metAt?: number
}

export interface Application extends ApplicationRequest {
  id: string
  /** 受理编号 / 申办编号: JM + date + 6-digit serial, the one 办件查询 takes */
  reference: string
  matterName: string
  status: ApplicationStatus
  createdAt: number
  updatedAt: number
  timeline: ApplicationStep[]
  amendRequest?: AmendRequest
  decision?: ApplicationDecision
  deadline: ApplicationDeadline
  ratings: RatingRecord[]
  /** the form's workflow when it was filed; absent: 'standard' */
  workflow?: ApplicationWorkflow
  /** the form's payout plan when it was filed, for the schedule an approval sets */
  payout?: PayoutStep[]
  publicity?: ApplicationPublicity
  /** the schedule of an approval with a payout, in order */
  payments?: ApplicationPayment[]
}
