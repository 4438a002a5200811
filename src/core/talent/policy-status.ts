// Whether a talent policy takes applications on a Beijing date: in force and inside its application window. An
// expired policy is shown as expired, never as open, whatever its window says.
import { parseIsoDate } from '../calendar/shanghai-time'
import type { ApplicationWindow, TalentPolicy } from './types'

export type PolicyStatus =
  /** taking applications; `closesOn` is the window's last day (or the policy's) */
  | { status: 'open'; closesOn: string }
  /** in force, outside its window; `nextOpensOn` is the next window's first day, absent when none is left */
  | { status: 'closed-window'; nextOpensOn?: string }
  /** not in force yet; it starts on `from` */
  | { status: 'not-yet'; from: string }
  /** no longer in force; its last day was `expiredOn` */
  | { status: 'expired'; expiredOn: string }

const pad = (n: number): string => String(n).padStart(2, '0')
const iso = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()
const min = (a: string, b: string): string => (a < b ? a : b)

/** the window's open stretch containing `today`, or the first one starting after it: [first day, last day] */
function windowAround(window: ApplicationWindow, today: string): readonly [string, string] | undefined {
  if (window.kind === 'year_round') return [today, '9999-12-31']
  if (window.kind === 'period') return today <= window.to ? [window.from, window.to] : undefined
  const t = parseIsoDate(today)
  if (!t || window.months.length === 0) return undefined
  const [first, last] = window.days
  // the months recur every year: this year's and next year's cover every next start
  for (let i = 0; i <= 24; i++) {
    const year = t.year + Math.floor((t.month - 1 + i) / 12)
    const month = ((t.month - 1 + i) % 12) + 1
    if (!window.months.includes(month)) continue
    const end = iso(year, month, Math.min(last, daysInMonth(year, month)))
    if (end < today) continue
    return [iso(year, month, Math.min(first, daysInMonth(year, month))), end]
  }
  return undefined
}

/** the policy's status on the Beijing date `today` (YYYY-MM-DD) */
export function policyStatus(
  policy: Pick<TalentPolicy, 'effectiveFrom' | 'expiresOn' | 'window'>,
  today: string
): PolicyStatus {
  if (today > policy.expiresOn) return { status: 'expired', expiredOn: policy.expiresOn }
  if (today < policy.effectiveFrom) return { status: 'not-yet', from: policy.effectiveFrom }
  const stretch = windowAround(policy.window, today)
  if (!stretch) return { status: 'closed-window' }
  const [from, to] = stretch
  if (from <= today) return { status: 'open', closesOn: min(to, policy.expiresOn) }
  return from <= policy.expiresOn ? { status: 'closed-window', nextOpensOn: from } : { status: 'closed-window' }
}
