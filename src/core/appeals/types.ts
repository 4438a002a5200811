// 诉求服务 (appeals): the 12345 appeal, its workflow, deadlines, routing and rating.
import type { CityId, District, PhoneRegion, ZoneId } from '../domain'
import type { RatingRecord } from '../rating'

/** 投诉 complaint / 求助 help / 咨询 consult / 建议 suggestion / 表扬 praise */
export const APPEAL_TYPES = ['complaint', 'help', 'consult', 'suggestion', 'praise'] as const
export type AppealType = (typeof APPEAL_TYPES)[number]
/** 个人诉求 / 企业诉求 (Jiangmen's "117" enterprise channel) */
export const APPEAL_CHANNELS = ['personal', 'enterprise'] as const
export type AppealChannel = (typeof APPEAL_CHANNELS)[number]
/** 已提交 → 已受理 → 已派单 → 办理中 → 已答复 → 待评价 → 已办结; 已撤回 by the user before acceptance */
export const APPEAL_STATUSES = [
  'submitted',
  'accepted',
  'dispatched',
  'processing',
  'replied',
  'awaiting_rating',
  'closed',
  'withdrawn'
] as const
export type AppealStatus = (typeof APPEAL_STATUSES)[number]
/** who acts: the citizen, the 12345 centre (受理/派单/改派/回访/办结) or the handling unit (签收/联系/退单/答复) */
export const APPEAL_ACTORS = ['citizen', 'center', 'unit'] as const
export type AppealActor = (typeof APPEAL_ACTORS)[number]
/**
 * submit 提交 · withdraw 撤回 · accept 受理 · dispatch 派单 · reassign 改派 · return 退单 · start 签收办理 ·
 * contact 联系诉求人 · reply 答复 · revisit 回访 · rate 评价 · close 办结
 */
export const APPEAL_EVENTS = [
  'submit',
  'withdraw',
  'accept',
  'dispatch',
  'reassign',
  'return',
  'start',
  'contact',
  'reply',
  'revisit',
  'rate',
  'close'
] as const
export type AppealEvent = (typeof APPEAL_EVENTS)[number]
/** contact 联系诉求人 · reply 答复 (the "117" solution) · close 办结 */
export const DEADLINE_KINDS = ['contact', 'reply', 'close'] as const
export type DeadlineKind = (typeof DEADLINE_KINDS)[number]
/** how a deadline's amount counts: clock hours, calendar days, or working days of the official calendar */
export const DEADLINE_UNITS = ['hours', 'days', 'workingDays'] as const
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number]

export interface AppealLocation {
  /** the city the matter is in; in the 深江/中江 zones the user chooses it */
  city: CityId
  /** required for Jiangmen */
  district?: District
  address: string
  latitude?: number
  longitude?: number
}

export interface AppealContact {
  name: string
  phoneRegion: PhoneRegion
  phone: string
}

export interface AppealEnterprise {
  name: string
  /** 统一社会信用代码, 18 characters with its GB 32100 check character */
  creditCode: string
}

export interface AppealPhoto {
  /** a file path the platform keeps (saved file on mini-programs, data URL on H5) */
  path: string
  /** bytes after compression */
  size: number
}

export interface AppealRequest {
  /** generated once per filing; the same key never creates a second appeal */
  idempotencyKey: string
  zone: ZoneId
  type: AppealType
  channel: AppealChannel
  /** 紧急: a unit must make contact within an hour */
  urgent: boolean
  /** leaf code of the category tree */
  categoryCode: string
  /** up to 4 tags */
  tags: string[]
  /**
   * who set the category and tags: 'suggestion' when they were recognised from the content (routing then reads
   * the content alone, since they only repeat its words), 'hand' (or absent) when the user chose them
   */
  classifiedBy?: 'suggestion' | 'hand'
  /** 10 to 1,000 characters */
  content: string
  location: AppealLocation
  photos: AppealPhoto[]
  contact: AppealContact
  enterprise?: AppealEnterprise
  /** 保密: the contact is seen only on the appeal's own detail page, never by the unit's list */
  confidential: boolean
  /** subscribe-message templates the user accepted for status changes */
  subscriptions: string[]
}

/** the handling unit proposed by the classifier, and why */
export interface RoutingResult {
  /** null: below the confidence threshold, the 12345 centre dispatches by hand */
  unitId: string | null
  /** the city whose 12345 handles it (cross-city appeals go to the city the matter is in) */
  city: CityId
  /** 0..1 */
  confidence: number
  /** the words (and category / location signals) that decided it, strongest first */
  evidence: { term: string; weight: number }[]
}

/** an appeal handling unit (承办单位) */
export interface AppealUnit {
  id: string
  name: string
  city: CityId
  phone: string
}

export interface TimelineEntry {
  event: AppealEvent
  actor: AppealActor
  /** epoch ms */
  at: number
  from: AppealStatus | null
  to: AppealStatus
  unitId?: string
  note?: string
}

export interface AppealReply {
  at: number
  unitId: string
  text: string
  attachments: AppealPhoto[]
}

/** the shared rating record; an appeal's 差评 is followed up by its 重办 */
export type AppealRating = RatingRecord

export interface Deadline {
  kind: DeadlineKind
  /** epoch ms */
  dueAt: number
  /** when it was met, epoch ms */
  metAt?: number
  /** the rule, for display: e.g. { amount: 1, unit: 'hours' } */
  amount: number
  unit: DeadlineUnit
  /** the policy it came from (e.g. 'jm-117'), for display and audit */
  policy: string
}

export interface Appeal extends AppealRequest {
  id: string
  /** 诉求编号, e.g. SQ20261122000123 */
  reference: string
  status: AppealStatus
  createdAt: number
  updatedAt: number
  routing: RoutingResult
  /** the unit handling it now */
  unitId?: string
  timeline: TimelineEntry[]
  replies: AppealReply[]
  ratings: AppealRating[]
  /** how many times it was sent back for 重办 after a 差评 */
  redoCount: number
  deadlines: Deadline[]
}
