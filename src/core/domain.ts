// Domain types: the shape of the data every layer speaks. Pure TypeScript, no platform.

export type Locale = 'zh-Hans' | 'zh-Hant'
export type CityId = 'jiangmen' | 'shenzhen' | 'zhongshan'
export type ZoneId = 'jiangmen' | 'shenjiang' | 'zhongjiang'
/** 个人 personal / 法人 legal person (enterprises and organisations) */
export type Audience = 'personal' | 'legal'
export type CrossBorderRegion = 'hk' | 'mo'
export type District = 'pengjiang' | 'jianghai' | 'xinhui' | 'taishan' | 'kaiping' | 'heshan' | 'enping'

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

/** a case (办件) the user can look up by its reference number (受理编号) */
export interface CaseRecord {
  reference: string
  serviceId: string
  /** filled in by the backend when the case is looked up */
  serviceName?: string
  applicant: string
  status: 'received' | 'processing' | 'approved' | 'rejected' | 'completed'
  history: { at: string; status: CaseRecord['status']; note: string }[]
}

/** which saved item: an open pair of module and kind, each module checks and renders its own kinds */
export interface SavedRef {
  /** the module that owns it: its id in the module manifest, e.g. 'gov-services' */
  module: string
  /** what it is within the module, e.g. 'service' (the kinds the module's record lists under `saved`) */
  kind: string
  id: string
}

/** something the user can favourite or has viewed; titles are kept so the main package needs no catalogue */
export interface SavedItem extends SavedRef {
  title: string
  titleHant: string
  route: string
  /** epoch ms */
  at: number
}

export type IdType = 'mainland' | 'hk' | 'mo' | 'hkmo_permit'
export type PhoneRegion = 'cn' | 'hk' | 'mo'

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

export interface Booking extends BookingRequest {
  id: string
  status: 'active' | 'cancelled'
  createdAt: number
  serviceName: string
  serviceNameHant: string
  hallName: string
  hallNameHant: string
}

export interface SlotAvailability {
  slot: string
  capacity: number
  booked: number
  remaining: number
}

export interface ServiceQuery {
  zone: ZoneId
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
}

export interface ServiceGuide extends ServiceItem {
  department: Department
  halls: Hall[]
  themes: Theme[]
}

export interface HallDetail extends Hall {
  /** services handled at this hall */
  services: ServiceSummary[]
}

export interface BundleDetail extends Bundle {
  services: ServiceSummary[]
}

// ───────────────────────────── 诉求服务 appeals ─────────────────────────────

/** 投诉 complaint / 求助 help / 咨询 consult / 建议 suggestion / 表扬 praise */
export type AppealType = 'complaint' | 'help' | 'consult' | 'suggestion' | 'praise'
/** 个人诉求 / 企业诉求 (Jiangmen's "117" enterprise channel) */
export type AppealChannel = 'personal' | 'enterprise'
/** 已提交 → 已受理 → 已派单 → 办理中 → 已答复 → 待评价 → 已办结; 已撤回 by the user before acceptance */
export type AppealStatus =
  'submitted' | 'accepted' | 'dispatched' | 'processing' | 'replied' | 'awaiting_rating' | 'closed' | 'withdrawn'
/** who acts: the citizen, the 12345 centre (受理/派单/改派/回访/办结) or the handling unit (签收/联系/退单/答复) */
export type AppealActor = 'citizen' | 'center' | 'unit'
/**
 * submit 提交 · withdraw 撤回 · accept 受理 · dispatch 派单 · reassign 改派 · return 退单 · start 签收办理 ·
 * contact 联系诉求人 · reply 答复 · revisit 回访 · rate 评价 · close 办结
 */
export type AppealEvent =
  | 'submit'
  | 'withdraw'
  | 'accept'
  | 'dispatch'
  | 'reassign'
  | 'return'
  | 'start'
  | 'contact'
  | 'reply'
  | 'revisit'
  | 'rate'
  | 'close'
/** national 好差评 levels: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意 (1 and 2 are 差评) */
export type RatingLevel = 1 | 2 | 3 | 4 | 5
/** contact 联系诉求人 · reply 答复 (the "117" solution) · close 办结 */
export type DeadlineKind = 'contact' | 'reply' | 'close'

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

export interface AppealRating {
  at: number
  level: RatingLevel
  /** required for 差评 */
  reason?: string
  /** 1 first rating, 2 the rating after 重办 */
  round: number
}

export interface Deadline {
  kind: DeadlineKind
  /** epoch ms */
  dueAt: number
  /** when it was met, epoch ms */
  metAt?: number
  /** the rule, for display: e.g. { amount: 1, unit: 'hours' } */
  amount: number
  unit: 'hours' | 'days' | 'workingDays'
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
