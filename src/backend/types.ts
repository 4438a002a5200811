// The one backend interface, shared by the embedded and HTTP implementations.
import type {
  Booking,
  BookingRequest,
  Bundle,
  BundleDetail,
  CaseRecord,
  Department,
  HallDetail,
  Locale,
  SavedItem,
  ServiceGuide,
  ServiceQuery,
  ServiceSummary,
  SlotAvailability,
  Theme
} from '@/core/domain'

export * from '@/core/domain'

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
  book(request: BookingRequest): Promise<Booking>
  listBookings(): Promise<Booking[]>
  cancelBooking(id: string): Promise<Booking>
  /** 办件查询 */
  findCase(reference: string, locale: Locale): Promise<CaseRecord>
}

/** the user's own records */
export interface UserApi {
  listFavourites(): Promise<SavedItem[]>
  isFavourite(kind: SavedItem['kind'], id: string): Promise<boolean>
  /** returns whether the item is a favourite afterwards */
  toggleFavourite(item: SavedItem): Promise<boolean>
  listHistory(): Promise<SavedItem[]>
  addHistory(item: SavedItem): Promise<void>
  clearHistory(): Promise<void>
}

/** the one data boundary: every page reaches domain data through this */
export interface Backend {
  user: UserApi
  gov: GovApi
}
