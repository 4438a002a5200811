// 政务服务 (gov-services): the catalogue, guides, 一件事, halls, bookings and cases (办件).
import type { CityId, District, IdType, PhoneRegion, ZoneId } from '../domain'
import type { ZoneScope } from './zone-scope'

/** 个人 personal / 法人 legal person (enterprises and organisations) */
export const AUDIENCES = ['personal', 'legal'] as const
export type Audience = (typeof AUDIENCES)[number]
/** 跨境通办: Hong Kong, Macau */
export type CrossBorderRegion = 'hk' | 'mo'

export interface Department {
  id: string
  name: string
  /** enquiry phone of the department */
  phone: string
}

export interface Theme {
  id: string
  name: string
  audience: Audience
}

export interface Material {
  name: string
  /** e.g. '原件1份' */
  copies: string
  /** 免证办: can be fetched from the electronic licence library instead of being brought */
  exempt: boolean
  note?: string
}

export interface ProcessStep {
  title: string
  detail: string
}

export interface ServiceItem {
  id: string
  /** 事项编码 */
  code: string
  name: string
  /** search synonyms and common names, e.g. 社保 for 社会保险 */
  aliases: string[]
  departmentId: string
  audience: Audience[]
  themeIds: string[]
  /** one of the 76 high-frequency city services of the 江门专区 */
  featured: boolean
  /** popularity rank among featured services, 1 = most used; absent when not featured */
  rank?: number
  /** 事项类型, e.g. 行政许可 / 行政确认 / 公共服务 / 行政给付 */
  kind: string
  /** 设定依据 */
  legalBasis: string[]
  /** 申请条件 */
  conditions: string[]
  /** 申请材料 */
  materials: Material[]
  steps: ProcessStep[]
  /** 法定时限, working days */
  statutoryDays: number
  /** 承诺时限, working days (0 = 即办) */
  promisedDays: number
  /** 收费标准; '不收费' when free */
  fee: string
  /** 跑动次数 */
  visits: number
  /** halls where it is handled in person */
  hallIds: string[]
  /** 网上办理渠道, e.g. 广东政务服务网 / 粤省事 / 江门易办事 */
  onlineChannels: string[]
  /** can it be handled at a hall window */
  offline: boolean
  enquiryPhone: string
  complaintPhone: string
  /** 跨城通办: cities whose halls accept it */
  crossCity: CityId[]
  /** 跨境通办: Hong Kong / Macau service points accept it */
  crossBorder: CrossBorderRegion[]
  /** appointment booking available */
  bookable: boolean
}

/** 情形: one situation of a matter the catalogue holds as several items (住房公积金提取: 租房, 购房 …) */
export interface Situation {
  /** its id in a guide's URL (situation=purchase), unique within its group */
  id: string
  /** the short name the choice shows, e.g. 购房 */
  name: string
  /** the catalogue item of this situation, with its own code, conditions, materials and halls */
  serviceId: string
}

export interface SituationGroup {
  id: string
  /** the matter, e.g. 住房公积金提取 */
  name: string
  /** what the guide asks first, e.g. 您因为什么提取住房公积金？ */
  question: string
  situations: Situation[]
}

/** another mini-program: its app id and the page to open */
export interface MiniProgramTarget {
  appId: string
  path: string
}

/** 网上办理渠道 an item can be applied through, e.g. 粤省事 */
export interface OnlineChannel {
  id: string
  name: string
  /** the web page, opened on H5 and offered for copying where a mini-program cannot be opened */
  url: string
  weapp?: MiniProgramTarget
  alipay?: MiniProgramTarget
  /** its app ids are sample data, not the operator's */
  sample?: boolean
}

/** 一件事: a life event bundling several services, handled in order */
export interface Bundle {
  id: string
  name: string
  audience: Audience
  summary: string
  steps: { serviceId: string; note: string }[]
  /** what the bundle saves compared with doing each item alone */
  savings: string
}

export interface Hall {
  id: string
  name: string
  city: CityId
  district?: District
  address: string
  /** e.g. '周一至周五 9:00-12:00, 14:00-17:30' */
  hours: string
  phone: string
  latitude: number
  longitude: number
  /** booking slots of a working day, 'HH:mm-HH:mm' */
  slots: string[]
  /** bookings accepted per slot */
  slotCapacity: number
}

/** 已受理 → 办理中 → 已批准 / 不予批准 → 已办结 */
export const CASE_STATUSES = ['received', 'processing', 'approved', 'rejected', 'completed'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** a case (办件) the user can look up by its reference number (受理编号) */
export interface CaseRecord {
  reference: string
  serviceId: string
  /** filled in by the backend when the case is looked up */
  serviceName?: string
  applicant: string
  status: CaseStatus
  history: { at: string; status: CaseStatus; note: string }[]
}

export interface BookingRequest {
  /** generated once per booking form; the same key never books twice */
  idempotencyKey: string
  serviceId: string
  hallId: string
  /** YYYY-MM-DD, Asia/Shanghai */
  date: string
  slot: string
  name: string
  idType: IdType
  idNumber: string
  phoneRegion: PhoneRegion
  phone: string
}

/** 待办理 / 已取消 / 已改约 (moved to another place or time: a new booking holds it, see rescheduledTo) */
export const BOOKING_STATUSES = ['active', 'cancelled', 'rescheduled'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

export interface Booking extends BookingRequest {
  id: string
  /** 预约号, assigned by the backend: YY + date + hall code + sequence of that hall and day, e.g. YY202611240001007 */
  reference: string
  status: BookingStatus
  createdAt: number
  /** 改约: the booking this one replaced */
  rescheduledFrom?: string
  /** 改约: the booking that replaced this one (status 'rescheduled') */
  rescheduledTo?: string
  serviceName: string
  serviceNameHant: string
  hallName: string
  hallNameHant: string
}

/** 改约: the new place and time of an active booking; the person and the service stay */
export interface RescheduleRequest {
  /** generated once per 改约 attempt; the same key never moves a booking twice */
  idempotencyKey: string
  hallId: string
  /** YYYY-MM-DD, Asia/Shanghai */
  date: string
  slot: string
}

export interface SlotAvailability {
  slot: string
  capacity: number
  booked: number
  remaining: number
}

export interface ServiceQuery {
  zone: ZoneId
  /** 本专区可办 (default: the items every member city of the zone accepts) or 全部事项 */
  scope?: ZoneScope
  audience?: Audience
  themeId?: string
  departmentId?: string
  featured?: boolean
}

/** the list row of a service, without its guide */
export interface ServiceSummary {
  id: string
  name: string
  departmentName: string
  audience: Audience[]
  featured: boolean
  crossCity: CityId[]
  crossBorder: CrossBorderRegion[]
  bookable: boolean
  promisedDays: number
  visits: number
  /** the item's 情形 id when it is one situation of a matter (its guide's situation=) */
  situation?: string
}

export interface ServiceGuide extends ServiceItem {
  department: Department
  halls: Hall[]
  themes: Theme[]
  /** the online channels of onlineChannels that can be opened (not this app, not a kiosk) */
  channels: OnlineChannel[]
  /** when the item is one situation of a matter: the matter and all its situations */
  situationGroup?: SituationGroup
}

export interface HallDetail extends Hall {
  /** services handled at this hall */
  services: ServiceSummary[]
}

export interface BundleDetail extends Bundle {
  services: ServiceSummary[]
}
