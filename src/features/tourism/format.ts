// How the module's records read: levels, districts, hours, prices, minutes and concessions in the user's script.
import type { Translate } from '@/core/i18n'
import type { OpeningStatus } from '@/core/tourism/hours'
import type { Concession, CrossCityTravel, OpeningHours, OriginCity, Sight, Ticket } from '@/core/tourism/types'
import { railMinutes } from '@/core/tourism/travel'

export const levelsText = (t: Translate, sight: Pick<Sight, 'levels'>): string[] =>
  sight.levels.map((l) => t(`tourism.level.${l}`))

export const districtText = (t: Translate, sight: Pick<Sight, 'district'>): string =>
  t(`tourism.district.${sight.district}`)

const WEEKDAY_KEYS = ['', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** 08:30–17:30（17:00 停止入场），周一闭馆（节假日除外） */
export function hoursText(t: Translate, hours: OpeningHours): string {
  if (hours.always) return t('tourism.hours.always')
  const parts = [t('tourism.hours.range', { open: hours.open, close: hours.close })]
  if (hours.lastEntry) parts.push(t('tourism.hours.lastEntry', { time: hours.lastEntry }))
  const closed = hours.closedWeekdays ?? []
  if (closed.length) {
    const days = closed.map((d) => t(`tourism.weekday.${WEEKDAY_KEYS[d]}`)).join('、')
    parts.push(t(hours.openOnHolidays ? 'tourism.hours.closedExceptHolidays' : 'tourism.hours.closed', { days }))
  }
  return parts.join('，')
}

/** 1 小时 30 分 / 45 分钟 */
export function minutesText(t: Translate, minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (!h) return t('tourism.time.m', { m })
  return m ? t('tourism.time.hm', { h, m }) : t('tourism.time.h', { h })
}

const hoursOf = (minutes: number): string => String(Math.round((minutes / 60) * 10) / 10)

export const durationText = (t: Translate, d: Sight['duration']): string =>
  t('tourism.duration.range', { min: hoursOf(d.min), max: hoursOf(d.max) })

/** ¥78 / ¥12.5 / 免费 */
export const priceText = (t: Translate, yuan: number): string =>
  yuan > 0 ? t('tourism.price', { price: Number.isInteger(yuan) ? yuan : yuan.toFixed(1) }) : t('tourism.free')

export const ticketText = (t: Translate, ticket: Ticket): string =>
  ticket.validDays ? `${ticket.name}（${t('tourism.ticket.validDays', { days: ticket.validDays })}）` : ticket.name

/** 1.2 米以下儿童：免票（凭身份证） */
export function concessionText(t: Translate, rule: Concession): string {
  const who = t(`tourism.concession.${rule.kind}`)
  const pays = t(`tourism.concession.pays.${rule.pays}`)
  return rule.proof ? `${who}：${pays}（${t(`tourism.proof.${rule.proof}`)}）` : `${who}：${pays}`
}

/** the state of the gate in words, never only a colour: 开放中 · 17:00 停止入场 */
export function statusText(t: Translate, s: OpeningStatus): string {
  const base = statusWords(t, s)
  const holiday = 'holiday' in s && s.holiday ? s.holiday : undefined
  return holiday ? `${base} · ${t('tourism.status.holiday', { name: holiday })}` : base
}

function statusWords(t: Translate, s: OpeningStatus): string {
  switch (s.state) {
    case 'always':
      return t('tourism.status.always')
    case 'open':
      return t(s.lastEntry === s.closesAt ? 'tourism.status.openUntil' : 'tourism.status.open', { time: s.lastEntry })
    case 'not-yet':
      return t('tourism.status.notYet', { time: s.opensAt })
    case 'entry-closed':
      return t('tourism.status.entryClosed', { time: s.closesAt })
    case 'closed':
      return s.next
        ? t(s.closedDay ? 'tourism.status.closedDay' : 'tourism.status.closed', {
            date: s.next.date.slice(5).replace('-', '/'),
            time: s.next.opensAt
          })
        : t('tourism.status.closedLong')
  }
}

/** the tone that repeats the status's words: open, soon, closed */
export const statusTone = (s: OpeningStatus): 'ok' | 'warn' | 'muted' =>
  s.state === 'open' || s.state === 'always' ? 'ok' : s.state === 'not-yet' ? 'warn' : 'muted'

/** 从深圳：自驾约 2 小时 10 分（深中通道）· 高铁约 2 小时 30 分（开平南站） */
export function crossCityText(t: Translate, city: OriginCity, travel: CrossCityTravel, stationName: string): string {
  return t(`tourism.from.${city}`, {
    car: minutesText(t, travel.car),
    rail: minutesText(t, railMinutes(travel)),
    station: stationName
  })
}
