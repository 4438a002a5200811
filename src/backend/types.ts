// The one backend interface, shared by the embedded and HTTP implementations.
import type { CategoryNode } from '@/core/appeals/categories'
import type { Arrangement } from '@/core/calendar'
import type { RoutingInput } from '@/core/appeals/routing'
import type { AppealCommand } from '@/core/appeals/workflow'
import type { Appeal, AppealContact, AppealRequest, AppealUnit, RoutingResult } from '@/core/appeals/types'
import type {
  Booking,
  BookingRequest,
  Bundle,
  BundleDetail,
  CaseRecord,
  Department,
  HallDetail,
  OnlineChannel,
  RescheduleRequest,
  ServiceGuide,
  ServiceQuery,
  ServiceSummary,
  SlotAvailability,
  Theme
} from '@/core/gov-services/types'
import type { CityId, Locale, RatingLevel, SavedItem, SavedRef } from '@/core/domain'
import type { PolicyMatch } from '@/core/investment/matching'
import type { CompanyProfile, EnterprisePolicy, InvestmentProject, Park } from '@/core/investment/types'
import type { CultureEvent, CultureVenue, Reservation, ReservationRequest } from '@/core/tourism/culture-types'
import type { JobFair, JobPosting, TalentHousing } from '@/core/talent/jobs'
import type { TalentPolicy } from '@/core/talent/types'
import type { CrowdingData, CrowdProfile, LiveCount } from '@/core/tourism/crowding'
import type { ConcessionPolicy, Sight, Station, TourRoute } from '@/core/tourism/types'
import type {
  Applicant,
  Application,
  ApplicationForm,
  ApplicationRequest,
  Attachment,
  OfficeApplicationCommand
} from '@/core/applications'

/** 政务服务 */
export interface GovApi {
  listThemes(locale: Locale): Promise<Theme[]>
  listDepartments(locale: Locale): Promise<Department[]>
  listServices(query: ServiceQuery, locale: Locale): Promise<ServiceSummary[]>
  getService(id: string, locale: Locale): Promise<ServiceGuide>
  listBundles(locale: Locale): Promise<Bundle[]>
  getBundle(id: string, locale: Locale): Promise<BundleDetail>
  getHall(id: string, locale: Locale): Promise<HallDetail>
  getAvailability(hallId: string, date: string): Promise<SlotAvailability[]>
  /** books once per idempotency key; the booking carries the 预约号 the backend gave it */
  book(request: BookingRequest): Promise<Booking>
  listBookings(): Promise<Booking[]>
  /** one of the user's bookings, whatever its status (the receipt) */
  getBooking(id: string): Promise<Booking>
  cancelBooking(id: string): Promise<Booking>
  /**
   * 改约 in one step: the new place is checked and held, and only then the old booking becomes 'rescheduled'
   * (rescheduledTo the new one); a refusal leaves the old booking as it was. Answers with the new booking, the
   * same one for every repeat of the idempotency key.
   */
  rescheduleBooking(id: string, request: RescheduleRequest): Promise<Booking>
  /** 办件查询 */
  findCase(reference: string, locale: Locale): Promise<CaseRecord>
}

/** the user's own records */
export interface UserApi {
  listFavourites(): Promise<SavedItem[]>
  isFavourite(ref: SavedRef): Promise<boolean>
  /** returns whether the item is a favourite afterwards */
  toggleFavourite(item: SavedItem): Promise<boolean>
  listHistory(): Promise<SavedItem[]>
  addHistory(item: SavedItem): Promise<void>
  clearHistory(): Promise<void>
  /** how many of the user's appeals changed since they last looked: the badge on 我的 */
  countAppealUpdates(): Promise<number>
  /** how many of the user's online applications changed since they last looked: on the badge too */
  countApplicationUpdates(): Promise<number>
}

/** an appeal as the app shows it: the contact masked (138****1234), or absent when confidential and not its own detail */
export interface AppealView extends Omit<Appeal, 'contact'> {
  contact?: AppealContact
  /** changed by the centre or a unit since the user last opened it */
  unseen: boolean
}

/** what the 12345 centre and the handling units do: 受理, 派单, 改派, 签收, 联系, 退单, 答复, 回访, 办结 */
export type OfficeCommand = Exclude<AppealCommand, { event: 'withdraw' } | { event: 'rate' }>

/** what the appeal form offers, in the user's script; a tag's id is its 简体 form */
export interface AppealCatalogue {
  categories: CategoryNode[]
  units: AppealUnit[]
  tags: { id: string; tag: string; aliases?: string[] }[]
}

/** 诉求服务 */
export interface AppealsApi {
  catalogue(locale: Locale): Promise<AppealCatalogue>
  /** the handling unit the classifier proposes for a draft, and why (智能分派) */
  proposeRouting(input: RoutingInput): Promise<RoutingResult>
  /** files an appeal; the same idempotency key always answers with the appeal it first created */
  submit(request: AppealRequest): Promise<AppealView>
  /** the user's appeals, newest first */
  list(): Promise<AppealView[]>
  get(id: string): Promise<AppealView>
  /** 撤回, only before the centre has accepted it */
  withdraw(id: string): Promise<AppealView>
  /** 评价; a 差评 (level 1 or 2) needs a reason and sends it back for 重办 once */
  rate(id: string, level: RatingLevel, reason?: string): Promise<AppealView>
  /** the user has seen its latest state */
  markSeen(id: string): Promise<void>
  /** the other side of the loop, run by the embedded backend and the production server's /office routes */
  office: {
    list(): Promise<AppealView[]>
    act(id: string, command: OfficeCommand): Promise<AppealView>
  }
}

/** the holiday arrangement (放假调休安排) the backend publishes, so next year's 调休 needs no app release */
export interface CalendarApi {
  /** the published years the backend knows, from last year on; checked year by year */
  getArrangement(): Promise<Arrangement>
}

/** an application as the app shows it: the applicant masked, and whether the office changed it since last seen */
export interface ApplicationView extends Omit<Application, 'applicant'> {
  applicant: Applicant
  unseen: boolean
}

/** what the applicant sends back after a 补正 request: only the fields and materials it names */
export interface Amendment {
  answers: Record<string, string>
  attachments: Record<string, Attachment[]>
}

/** a form's line in the list of matters that take online applications */
export interface ApplicationFormSummary {
  matterId: string
  title: string
  version: number
}

/** 在线申办: one pipeline for every module that takes applications (政务服务 today, talent and investment next) */
export interface ApplicationsApi {
  /** the matters that can be applied for online, in the user's script */
  listForms(locale: Locale): Promise<ApplicationFormSummary[]>
  /** the current form of a matter; not_found when it cannot be applied for online */
  getForm(matterId: string, locale: Locale): Promise<ApplicationForm>
  /** the same idempotency key always answers with the application it first created */
  submit(request: ApplicationRequest): Promise<ApplicationView>
  /** the user's applications, newest first */
  list(): Promise<ApplicationView[]>
  get(id: string): Promise<ApplicationView>
  /** 补正: the answers and pages the office asked for; the application goes on to 审核中 */
  amend(id: string, amendment: Amendment): Promise<ApplicationView>
  /** 好差评 on a closed application; a 差评 needs a reason and starts the office's follow-up */
  rate(id: string, level: RatingLevel, reason?: string): Promise<ApplicationView>
  markSeen(id: string): Promise<void>
  /** the office side: 受理, 补正, 审核, 办结, 退回, and the follow-up of a 差评 */
  office: {
    list(): Promise<ApplicationView[]>
    act(id: string, command: OfficeApplicationCommand): Promise<ApplicationView>
  }
}

/** a talent policy with the official online channels it names (粤省事 …) resolved, so its page can open them */
export interface PolicyDetail extends TalentPolicy {
  online: OnlineChannel[]
}

/** 人才服务: reference data only (the applications go through ApplicationsApi); apart from Backend so that only
 * the talent subpackage carries it */
export interface TalentApi {
  listPolicies(locale: Locale): Promise<TalentPolicy[]>
  getPolicy(id: string, locale: Locale): Promise<PolicyDetail>
  listPostings(locale: Locale): Promise<JobPosting[]>
  getPosting(id: string, locale: Locale): Promise<JobPosting>
  listFairs(locale: Locale): Promise<JobFair[]>
  listHousing(locale: Locale): Promise<TalentHousing[]>
  getHousing(id: string, locale: Locale): Promise<TalentHousing>
}

/** a sight with the concession rules of its gate resolved, so its page can say who pays what */
export interface SightDetail extends Sight {
  concessions: ConcessionPolicy['rules']
}

/** 文旅服务: reference data only; apart from Backend so that only the tourism subpackage carries it */
export interface TourismApi {
  listSights(locale: Locale): Promise<Sight[]>
  getSight(id: string, locale: Locale): Promise<SightDetail>
  listRoutes(locale: Locale): Promise<TourRoute[]>
  getRoute(id: string, locale: Locale): Promise<TourRoute>
  listStations(locale: Locale): Promise<Station[]>
  listConcessionPolicies(locale: Locale): Promise<ConcessionPolicy[]>
}

/**
 * 文化生活: culture venues and events (reference data) and the user's timed-entry reservations of the free venues
 * (预约参观), apart from Backend so that only the tourism subpackage carries it
 */
export interface CultureApi {
  listVenues(locale: Locale): Promise<CultureVenue[]>
  /** not_found `tourism.venues.unknown` */
  getVenue(id: string, locale: Locale): Promise<CultureVenue>
  listEvents(locale: Locale): Promise<CultureEvent[]>
  /** not_found `tourism.events.unknown` */
  getEvent(id: string, locale: Locale): Promise<CultureEvent>
  /** the slots of a venue's day with the places left (remaining = capacity − booked); none on a closed day */
  getVenueSlots(venueId: string, date: string): Promise<SlotAvailability[]>
  /**
   * books once per idempotency key; a closed day, a wrong visitor or a party too large is invalid, a full slot or a
   * visitor who already holds the slot a conflict; the reservation carries the 预约号 the backend gave it
   */
  reserve(request: ReservationRequest): Promise<Reservation>
  /** the user's reservations, newest first */
  listReservations(): Promise<Reservation[]>
  /** one of them, whatever its status (the receipt); not_found `tourism.reserve.unknown` */
  getReservation(id: string): Promise<Reservation>
  /** gives the places back; cancelling again answers the same */
  cancelReservation(id: string): Promise<Reservation>
}

/**
 * 客流 of the sights: the typical hourly profile (通常, sample data) and, where a server counts visitors, the live
 * count (实时); apart from Backend so that only the tourism subpackage carries it
 */
export interface CrowdingApi {
  /** the typical profile and the level shares; profile null when the sight has none */
  typical(sightId: string): Promise<{ profile: CrowdProfile | null; levels: CrowdingData['levels'] }>
  /** visitors present now as last counted; null when nobody counts them (the embedded backend never does) */
  live(sightId: string): Promise<LiveCount | null>
}

/** the one data boundary: every page reaches domain data through this */
export interface Backend {
  user: UserApi
  gov: GovApi
  appeals: AppealsApi
  applications: ApplicationsApi
  calendar: CalendarApi
}

/** an enterprise policy with the online channels it names resolved, for its page */
export interface EnterprisePolicyDetail extends EnterprisePolicy {
  online: OnlineChannel[]
}

/** matching asked of the server: the profile leaves the device only in this request, when the user asks */
export interface MatchRequest {
  profile: CompanyProfile
  cities: CityId[]
}

export interface InvestmentApi {
  listParks(locale: Locale): Promise<Park[]>
  getPark(id: string, locale: Locale): Promise<Park>
  listProjects(locale: Locale): Promise<InvestmentProject[]>
  getProject(id: string, locale: Locale): Promise<InvestmentProject>
  listPolicies(locale: Locale): Promise<EnterprisePolicy[]>
  getPolicy(id: string, locale: Locale): Promise<EnterprisePolicyDetail>
  /** every policy of each city checked against the profile (core/investment/matching.ts), per city */
  matchPolicies(request: MatchRequest, locale: Locale): Promise<Partial<Record<CityId, PolicyMatch[]>>>
}
