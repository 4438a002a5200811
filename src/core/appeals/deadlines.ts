// Appeal deadlines (办理时限) as data: an ordered list of policies, the first whose `when`
// matches the appeal wins, and each rule of the winner becomes one Deadline. Working days
// follow the official Beijing calendar whatever the device's time zone.
import { addCalendarDaysAt, addHours, addWorkingDaysAt } from '../calendar/working-days'
import {
  DEADLINE_KINDS,
  DEADLINE_UNITS,
  type AppealChannel,
  type AppealType,
  type Deadline,
  type DeadlineKind,
  type DeadlineUnit
} from './types'
import type { CityId } from '../domain'

export interface DeadlineRule {
  kind: DeadlineKind
  amount: number
  /** hours: exact; days: to 24:00 of the nth calendar day; workingDays: to 24:00 of the nth working day */
  unit: DeadlineUnit
}

/** Conditions of a policy; an absent key matches anything. */
export interface DeadlineCondition {
  channel?: AppealChannel
  city?: CityId
  type?: AppealType
  urgent?: boolean
  /** 重办 after a 差评 */
  redo?: boolean
  /** a category code: the appeal's leaf is this node or below it ("14" is every 文化旅游 leaf) */
  category?: string
}

export interface DeadlinePolicy {
  id: string
  when: DeadlineCondition
  rules: DeadlineRule[]
  /** the rule's source, shown to the user (简体; 繁體 comes from the data table) */
  basis: string
}

/** What a policy looks at. */
export interface DeadlineSubject {
  channel: AppealChannel
  type: AppealType
  urgent: boolean
  location: { city: CityId }
  /** the category leaf; a policy with a category condition never matches without one */
  categoryCode?: string
}

const CONDITION_KEYS = ['channel', 'city', 'type', 'urgent', 'redo', 'category'] as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkRule(rule: unknown, where: string): DeadlineRule {
  if (
    !isRecord(rule) ||
    !DEADLINE_KINDS.includes(rule.kind as DeadlineKind) ||
    !DEADLINE_UNITS.includes(rule.unit as DeadlineUnit) ||
    !Number.isSafeInteger(rule.amount) ||
    (rule.amount as number) <= 0
  ) {
    throw new TypeError(`deadline policy ${where}: a rule needs kind, unit and a positive integer amount`)
  }
  return { kind: rule.kind as DeadlineKind, amount: rule.amount as number, unit: rule.unit as DeadlineUnit }
}

/**
 * Checks policies loaded from JSON (whose literal types TypeScript widens to string) and
 * returns them typed. Throws a TypeError naming the bad policy, so broken data fails at start-up.
 */
export function parseDeadlinePolicies(data: unknown): DeadlinePolicy[] {
  if (!Array.isArray(data)) throw new TypeError('deadline policies must be an array')
  const ids = new Set<string>()
  return data.map((p, i) => {
    const where = isRecord(p) && typeof p.id === 'string' ? p.id : `#${i}`
    if (!isRecord(p) || typeof p.id !== 'string' || p.id === '' || ids.has(p.id)) {
      throw new TypeError(`deadline policy ${where}: needs a unique id`)
    }
    if (!isRecord(p.when) || Object.keys(p.when).some((k) => !(CONDITION_KEYS as readonly string[]).includes(k))) {
      throw new TypeError(`deadline policy ${where}: 'when' may only use ${CONDITION_KEYS.join(', ')}`)
    }
    if (p.when.category !== undefined && !/^(\d{2}){1,3}$/.test(String(p.when.category))) {
      throw new TypeError(`deadline policy ${where}: 'category' must be a category code`)
    }
    if (!Array.isArray(p.rules) || p.rules.length === 0 || typeof p.basis !== 'string' || p.basis === '') {
      throw new TypeError(`deadline policy ${where}: needs rules and a basis`)
    }
    const rules = p.rules.map((r) => checkRule(r, where))
    if (new Set(rules.map((r) => r.kind)).size !== rules.length) {
      throw new TypeError(`deadline policy ${where}: one rule per kind`)
    }
    ids.add(p.id)
    return { id: p.id, when: { ...(p.when as DeadlineCondition) }, rules, basis: p.basis }
  })
}

/** Whether a policy applies to the appeal (redo: whether this is the 重办 round). */
export function policyMatches(policy: DeadlinePolicy, appeal: DeadlineSubject, redo = false): boolean {
  const facts: Omit<Required<DeadlineCondition>, 'category'> = {
    channel: appeal.channel,
    city: appeal.location.city,
    type: appeal.type,
    urgent: appeal.urgent,
    redo
  }
  const { category, ...rest } = policy.when
  // category codes are prefixes of their descendants' (categories.ts), so a group matches its leaves
  if (category !== undefined && !(appeal.categoryCode ?? '').startsWith(category)) return false
  return (Object.keys(rest) as (keyof typeof facts)[]).every(
    (key) => rest[key] === undefined || rest[key] === facts[key]
  )
}

/** The first policy that matches, or null. */
export function findPolicy(
  appeal: DeadlineSubject,
  policies: readonly DeadlinePolicy[],
  options: { redo?: boolean } = {}
): DeadlinePolicy | null {
  return policies.find((p) => policyMatches(p, appeal, options.redo ?? false)) ?? null
}

/** Due instant of a rule counted from startAt. */
export function dueAt(startAt: number, rule: Pick<DeadlineRule, 'amount' | 'unit'>): number {
  switch (rule.unit) {
    case 'hours':
      return addHours(startAt, rule.amount)
    case 'days':
      return addCalendarDaysAt(startAt, rule.amount)
    case 'workingDays':
      return addWorkingDaysAt(startAt, rule.amount)
  }
}

/**
 * The deadlines of an appeal filed (or sent back for 重办) at startAt, in the rule order of
 * the first matching policy; empty when no policy matches.
 */
export function deadlinesFor(
  appeal: DeadlineSubject,
  startAt: number,
  policies: readonly DeadlinePolicy[],
  options: { redo?: boolean } = {}
): Deadline[] {
  const policy = findPolicy(appeal, policies, options)
  if (!policy) return []
  return policy.rules.map((rule) => ({
    kind: rule.kind,
    dueAt: dueAt(startAt, rule),
    amount: rule.amount,
    unit: rule.unit,
    policy: policy.id
  }))
}

/** Marks the unmet deadlines of a kind as met at `at` (a new array; met ones keep their time). */
export function markMet(deadlines: readonly Deadline[], kind: DeadlineKind, at: number): Deadline[] {
  return deadlines.map((d) => (d.kind === kind && d.metAt === undefined ? { ...d, metAt: at } : d))
}

export interface DeadlineState {
  met: boolean
  /** past due: unmet after dueAt, or met late */
  overdue: boolean
  /** dueAt minus now (or minus metAt once met); negative when overdue */
  remainingMs: number
}

export function deadlineState(deadline: Deadline, now: number): DeadlineState {
  const met = deadline.metAt !== undefined
  const remainingMs = deadline.dueAt - (deadline.metAt ?? now)
  return { met, overdue: remainingMs < 0, remainingMs }
}

/**
 * The deadline a countdown should show: the earliest overdue unmet one, since the citizen
 * should see first that the unit is late; otherwise the earliest unmet one ahead; null when
 * every deadline is met.
 */
export function nextDeadline(deadlines: readonly Deadline[], now: number): Deadline | null {
  const unmet = deadlines.filter((d) => d.metAt === undefined).sort((a, b) => a.dueAt - b.dueAt)
  return unmet.find((d) => d.dueAt < now) ?? unmet[0] ?? null
}

export interface CountdownParts {
  days: number
  hours: number
  minutes: number
  seconds: number
}

/** Whole days, hours, minutes and seconds of a non-negative duration (negative is read as 0). */
export function countdownParts(ms: number): CountdownParts {
  let s = Math.floor(Math.max(0, ms) / 1000)
  const days = Math.floor(s / 86400)
  s -= days * 86400
  const hours = Math.floor(s / 3600)
  s -= hours * 3600
  const minutes = Math.floor(s / 60)
  return { days, hours, minutes, seconds: s - minutes * 60 }
}

/**
 * A remaining time as parts for the UI to put into words ("还剩2天3小时" / "已超时5小时"):
 * overdue when negative, the parts are those of its magnitude.
 */
export function formatRemaining(ms: number): CountdownParts & { overdue: boolean } {
  return { overdue: ms < 0, ...countdownParts(Math.abs(ms)) }
}
