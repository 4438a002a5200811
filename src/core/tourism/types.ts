// 文旅服务: the module's domain types. Pure TypeScript, no platform. Unions come from `as const` lists, so the
// filters, the data tests and the catalogue keys never keep a second copy.
import type { District } from '@/core/domain'

/** GCJ-02, approximate (the system both mini-program maps use) */
export interface Coordinates {
  latitude: number
  longitude: number
}

/** 世界文化遗产, the national A-level ratings, 全国重点文物保护单位, 中国历史文化名镇 */
export const SIGHT_LEVELS = ['world-heritage', '5A', '4A', '3A', 'national-heritage', 'historic-town'] as const
export type SightLevel = (typeof SIGHT_LEVELS)[number]

export const FACILITIES = [
  'parking',
  'toilet',
  'accessible',
  'nursing',
  'food',
  'luggage',
  'guide',
  'wheelchair',
  'charging'
] as const
export type Facility = (typeof FACILITIES)[number]

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const
/** ISO weekday: 1 Monday … 7 Sunday */
export type Weekday = (typeof WEEKDAYS)[number]

/** 开放时间, Beijing time */
export interface OpeningHours {
  /** open ground (a town, a beach, a mountain on foot): no gate, no hours */
  always?: boolean
  /** 'HH:mm' */
  open: string
  close: string
  /** 最后入园 / 停止入场; absent: entry until close */
  lastEntry?: string
  /** 闭馆日 */
  closedWeekdays?: readonly Weekday[]
  /** 节假日除外: a closed weekday that is an official holiday opens as usual */
  openOnHolidays?: boolean
  /** a few words the hours cannot say (ferries stop in typhoons …) */
  note?: string
}

/** who a concession is for; a visitor qualifies when every condition given holds */
export interface ConcessionCondition {
  /** whole years, inclusive */
  ageMin?: number
  ageMax?: number
  /** centimetres, inclusive (儿童 by height) */
  heightMin?: number
  heightMax?: number
  student?: boolean
  disabled?: boolean
}

export const CONCESSION_PAYS = ['free', 'half'] as const
export type ConcessionPays = (typeof CONCESSION_PAYS)[number]

/** 优惠政策: one rule, with the words its sign says (儿童 1.2 米以下) in the catalogue under its kind */
export interface Concession {
  kind: string
  when: ConcessionCondition
  pays: ConcessionPays
  /** what must be shown at the gate (身份证, 学生证 …), a catalogue key */
  proof?: string
}

/** 优惠政策 shared by many gates (Guangdong's usual one: free under 6 or 1.2 m and from 70, half for students …) */
export interface ConcessionPolicy {
  id: string
  rules: readonly Concession[]
}

/** a visitor as the price calculator asks about them */
export interface Visitor {
  age?: number
  heightCm?: number
  student?: boolean
  disabled?: boolean
}

export interface Ticket {
  id: string
  name: string
  /** yuan, full price; 0 is free entry */
  price: number
  /** the sights a combined ticket (联票) covers, this one included */
  covers?: readonly string[]
  /** days it stays valid, for 联票 */
  validDays?: number
  note?: string
}

export const TRAVEL_MODES = ['rail', 'bus', 'car'] as const
export type TravelMode = (typeof TRAVEL_MODES)[number]

/** 交通指引 */
export type Access = Record<TravelMode, string>

export const STATION_IDS = ['jiangmen', 'jiangmen-east', 'xinhui', 'kaiping-south', 'taishan', 'enping'] as const
export type StationId = (typeof STATION_IDS)[number]

export interface Station extends Coordinates {
  id: StationId
  name: string
  lines: string
}

/** the cities of the fusion zones the sights are reached from */
export const ORIGIN_CITIES = ['shenzhen', 'zhongshan'] as const
export type OriginCity = (typeof ORIGIN_CITIES)[number]

/** how long a sight is from a fusion-zone city: by car (深中通道 from Shenzhen), by rail to a Jiangmen station and on */
export interface CrossCityTravel {
  /** minutes by car from the city centre */
  car: number
  /** the Jiangmen station, minutes by rail to it, and minutes on from it by taxi or bus */
  rail: { station: StationId; minutes: number; onward: number }
}

export interface Sight extends Coordinates {
  id: string
  name: string
  /** other names and their initials' words, for search (开平碉楼, 碉楼) */
  aliases: readonly string[]
  levels: readonly SightLevel[]
  district: District
  address: string
  summary: string
  history: string
  hours: OpeningHours
  tickets: readonly Ticket[]
  /** the concession rules at its gate (data/tourism/concessions.json); absent when entry is free */
  concessionPolicy?: string
  /** suggested stay, minutes */
  duration: { min: number; max: number }
  access: Access
  /** the nearest station, as the rail directions name it */
  station: StationId
  facilities: readonly Facility[]
  phone: string
  from: Record<OriginCity, CrossCityTravel>
}

/** one stop of a route: its sight, when to arrive and leave, and the ticket used there */
export interface RouteStop {
  sight: string
  arrive: string
  leave: string
  /** the ticket bought here; absent: the sight's first ticket; a 联票 bought at one stop covers the others */
  ticket?: string
  note?: string
  /** minutes to the next stop, and how; absent on a day's last stop */
  next?: { minutes: number; mode: TravelMode | 'walk' }
}

export interface TourRoute {
  id: string
  name: string
  summary: string
  aliases: readonly string[]
  days: readonly { stops: readonly RouteStop[] }[]
  /** where the night is spent, for two-day routes */
  stay?: string
}

/** 推荐线路 summary: what a card shows */
export interface RouteTotals {
  /** minutes at the stops and between them, per day */
  days: { start: string; end: string; travel: number; visit: number }[]
  /** yuan, full price, from the sights' tickets */
  tickets: number
}
