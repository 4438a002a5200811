// What the appeal pages compute from appeals: pure functions, no Taro.
import { APPEAL_STATUSES } from '@/core/appeals/types'
import { isTerminal, TERMINAL_STATUSES } from '@/core/appeals/workflow'
import type { AppealStatus, Deadline } from '@/core/appeals/types'
import type { CityId } from '@/core/domain'
import type { CategoryNode } from '@/core/appeals/categories'
import { APPEAL_FIELDS, type AppealField } from '@/core/appeals/form'
import { formatRemaining } from '@/core/appeals/deadlines'
import { formatShanghaiDateTime } from '@/core/calendar'
import type { Translate } from '@/core/i18n'

const TO_RATE: readonly AppealStatus[] = ['awaiting_rating']

/** the list's filters, by status: each status is in exactly one besides 全部 */
export const STATUS_FILTERS = {
  all: null,
  active: APPEAL_STATUSES.filter((s) => !TO_RATE.includes(s) && !isTerminal(s)),
  rate: TO_RATE,
  done: TERMINAL_STATUSES
} as const satisfies Record<string, readonly AppealStatus[] | null>

export type StatusFilter = keyof typeof STATUS_FILTERS

export const isStatusFilter = (x: unknown): x is StatusFilter => typeof x === 'string' && x in STATUS_FILTERS

export function statusTone(status: AppealStatus): 'info' | 'ok' | 'warn' | 'muted' {
  if (status === 'awaiting_rating') return 'warn'
  if (status === 'closed') return 'ok'
  if (status === 'withdrawn' || !isKnownStatus(status)) return 'muted'
  return 'info'
}

/** a status a newer app version wrote is kept and shown as 其他状态 (read-only: the workflow allows nothing on it) */
export const isKnownStatus = (status: string): status is AppealStatus =>
  (APPEAL_STATUSES as readonly string[]).includes(status)

export const statusLabel = (t: Translate, status: string) =>
  t(isKnownStatus(status) ? `appeal.status.${status}` : 'appeal.status.other')

/** which form field a backend refusal belongs to: its code names the field (appeal.content.tooShort → content) */
export function fieldOfReason(reason: string): AppealField | undefined {
  const prefixes: [string, AppealField][] = [
    ['appeal.type.', 'type'],
    ['appeal.channel.', 'channel'],
    ['appeal.category.', 'categoryCode'],
    ['appeal.tags.', 'tags'],
    ['appeal.content.', 'content'],
    ['appeal.location.city', 'location.city'],
    ['appeal.location.district', 'location.district'],
    ['appeal.location.address', 'location.address'],
    ['appeal.photos.', 'photos'],
    ['enterpriseName.', 'enterprise.name'],
    ['creditCode.', 'enterprise.creditCode'],
    ['name.', 'contact.name'],
    ['phone.', 'contact.phone']
  ]
  const field = prefixes.find(([prefix]) => reason.startsWith(prefix))?.[1]
  return field && APPEAL_FIELDS.includes(field) ? field : undefined
}

/** "2天3小时" / "3小时20分" / "5分12秒" */
export function durationText(t: Translate, ms: number): string {
  const { days, hours, minutes, seconds } = formatRemaining(ms)
  if (days > 0) return t('appeal.duration.days', { days, hours })
  if (hours > 0) return t('appeal.duration.hours', { hours, minutes })
  return t('appeal.duration.minutes', { minutes, seconds })
}

export const ruleText = (t: Translate, d: Deadline) => t(`appeal.deadline.rule.${d.unit}`, { amount: d.amount })

/** the three cascading columns of the category picker for a chosen leaf (or nothing yet) */
export function categoryColumns(tree: CategoryNode[], code: string): { options: CategoryNode[]; chosen: number }[] {
  const columns: { options: CategoryNode[]; chosen: number }[] = []
  let options: CategoryNode[] | undefined = tree
  while (options && options.length) {
    const chosen = options.findIndex((n) => code.startsWith(n.code))
    columns.push({ options, chosen })
    options = chosen >= 0 ? options[chosen].children : undefined
    if (chosen < 0) break
  }
  return columns
}

export const cityKey = (city: CityId) => `appeal.city.${city}`

/** "2026-12-10 23:59", Beijing time, as every appeal page shows times */
export const shortTime = (at: number) => formatShanghaiDateTime(at).slice(0, 16).replace('T', ' ')
