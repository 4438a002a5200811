// 客流: how crowded a sight usually is at each hour (通常, a typical profile per day kind on the official calendar) or
// right now (实时, when a server counts visitors), put into words per hour, a warning when the chosen hour is usually
// crowded, and a quieter hour of the same day within the hours the gate lets visitors in. Pure, Beijing time.
import { officialDay } from '../calendar/arrangement'
import { dayOfWeek, parseClock } from '../calendar/shanghai-time'
import { openOn } from './hours'
import type { OpeningHours } from './types'

/** 工作日 / 周末 / 法定节假日: a make-up working day (调休上班) counts as a weekday, a holiday on a weekday as a holiday */
export const DAY_KINDS = ['weekday', 'weekend', 'holiday'] as const
export type DayKind = (typeof DAY_KINDS)[number]

/** 较空 · 适中 · 较挤 · 拥挤, always shown as text beside any colour */
export const CROWD_LEVELS = ['quiet', 'moderate', 'busy', 'packed'] as const
export type CrowdLevel = (typeof CROWD_LEVELS)[number]

/** a sight's typical visitors present, hour by hour from `from`, for each kind of day (sample data) */
export interface CrowdProfile {
  /** comfortable capacity (最大承载量 in the sense of visitors present at once) */
  capacity: number
  /** the hour (0–23) of the first count */
  from: number
  weekday: number[]
  weekend: number[]
  holiday: number[]
}

export interface CrowdingData {
  /** share of capacity at which each level from 适中 on starts: [moderate, busy, packed], ascending */
  levels: [number, number, number]
  profiles: Record<string, CrowdProfile>
}

/** a live count from a server: visitors present at `at` (epoch ms) */
export interface LiveCount {
  count: number
  capacity?: number
  at: number
}

export interface HourCrowd {
  hour: number
  count: number
  share: number
  level: CrowdLevel
}

/** a live count older than this says nothing about now: the typical profile stands in */
export const LIVE_MAX_AGE_MS = 30 * 60_000

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0

/** Checks crowding data read from JSON and types it; throws naming the bad sight, so broken data fails early. */
export function parseCrowding(raw: unknown): CrowdingData {
  if (!isRecord(raw) || !isRecord(raw.profiles)) throw new TypeError('crowding: needs levels and profiles')
  const levels = raw.levels
  if (
    !Array.isArray(levels) ||
    levels.length !== 3 ||
    !levels.every((x, i) => typeof x === 'number' && x > 0 && (i === 0 || x > (levels[i - 1] as number)))
  ) {
    throw new TypeError('crowding: levels must be three ascending shares')
  }
  const profiles: Record<string, CrowdProfile> = {}
  for (const [id, p] of Object.entries(raw.profiles)) {
    const ok =
      isRecord(p) &&
      isCount(p.capacity) &&
      (p.capacity as number) > 0 &&
      isCount(p.from) &&
      DAY_KINDS.every(
        (k) =>
          Array.isArray(p[k]) &&
          (p[k] as unknown[]).length > 0 &&
          (p[k] as unknown[]).every(isCount) &&
          (p.from as number) + (p[k] as unknown[]).length <= 24
      )
    if (!ok) throw new TypeError(`crowding ${id}: needs a capacity, a first hour and counts for every kind of day`)
    const q = p as unknown as CrowdProfile
    profiles[id] = { capacity: q.capacity, from: q.from, weekday: q.weekday, weekend: q.weekend, holiday: q.holiday }
  }
  return { levels: levels as [number, number, number], profiles }
}

/** the kind of day on the official calendar */
export function dayKind(date: string): DayKind {
  const official = officialDay(date)
  if (official?.kind === 'holiday') return 'holiday'
  if (official?.kind === 'makeUpWorkday') return 'weekday'
  const dow = dayOfWeek(date)
  return dow === 0 || dow === 6 ? 'weekend' : 'weekday'
}

export function crowdLevel(count: number, capacity: number, levels: CrowdingData['levels']): CrowdLevel {
  const share = capacity > 0 ? count / capacity : 0
  const index = levels.filter((threshold) => share >= threshold).length
  return CROWD_LEVELS[index]
}

/** the hours one may arrive in: those that start before the last entry and end after the gate opens */
export function entryHours(hours: OpeningHours): number[] {
  if (hours.always) return Array.from({ length: 24 }, (_, h) => h)
  const open = parseClock(hours.open) ?? 0
  const last = parseClock(hours.lastEntry ?? hours.close) ?? 24 * 60
  return Array.from({ length: 24 }, (_, h) => h).filter((h) => h * 60 < last && (h + 1) * 60 > open)
}

/**
 * The typical crowd of each hour a visitor may arrive in on `date` (empty when the gate stays shut that day),
 * from the profile of the day's kind; hours the profile does not cover are left out.
 */
export function hourlyCrowd(
  profile: CrowdProfile,
  date: string,
  hours: OpeningHours,
  levels: CrowdingData['levels']
): HourCrowd[] {
  if (!openOn(hours, date).open) return []
  const counts = profile[dayKind(date)]
  return entryHours(hours)
    .filter((h) => h >= profile.from && h < profile.from + counts.length)
    .map((hour) => {
      const count = counts[hour - profile.from]
      return { hour, count, share: count / profile.capacity, level: crowdLevel(count, profile.capacity, levels) }
    })
}

const rank = (level: CrowdLevel) => CROWD_LEVELS.indexOf(level)

export interface CrowdAdvice {
  chosen: HourCrowd
  /** 较挤 or 拥挤: the page warns */
  crowded: boolean
  /** when crowded: the least crowded hour of the day, the nearest of those, the earlier on a tie; none if no hour is quieter */
  quieter?: HourCrowd
}

/** The advice for arriving at `hour` among a day's hours; undefined when that hour is not one of them. */
export function crowdAdvice(day: readonly HourCrowd[], hour: number): CrowdAdvice | undefined {
  const chosen = day.find((h) => h.hour === hour)
  if (!chosen) return undefined
  const crowded = rank(chosen.level) >= rank('busy')
  if (!crowded) return { chosen, crowded }
  const better = day
    .filter((h) => rank(h.level) < rank(chosen.level))
    .sort(
      (a, b) =>
        rank(a.level) - rank(b.level) ||
        Math.abs(a.hour - hour) - Math.abs(b.hour - hour) ||
        a.count - b.count ||
        a.hour - b.hour
    )
  return better.length ? { chosen, crowded, quieter: better[0] } : { chosen, crowded }
}

/** whether a live count still tells about `now`: not older than LIVE_MAX_AGE_MS, nor from the future beyond a minute */
export function isLiveFresh(live: LiveCount, now: number): boolean {
  return live.at <= now + 60_000 && now - live.at <= LIVE_MAX_AGE_MS
}

/** the level of a live count, against the capacity the server gives or else the profile's; none without either */
export function liveLevel(
  live: LiveCount,
  profile: CrowdProfile | null,
  levels: CrowdingData['levels']
): CrowdLevel | undefined {
  const capacity = live.capacity ?? profile?.capacity
  return capacity ? crowdLevel(live.count, capacity, levels) : undefined
}
