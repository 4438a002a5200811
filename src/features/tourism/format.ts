// How the module's records read: levels, districts, hours and durations in the user's script.
import type { Translate } from '@/core/i18n'
import type { OpeningHours, Sight } from '@/core/tourism/types'

export const levelsText = (t: Translate, sight: Pick<Sight, 'levels'>): string[] =>
  sight.levels.map((l) => t(`tourism.level.${l}`))

export const districtText = (t: Translate, sight: Pick<Sight, 'district'>): string =>
  t(`tourism.district.${sight.district}`)

export const hoursText = (t: Translate, hours: OpeningHours): string =>
  hours.always ? t('tourism.hours.always') : t('tourism.hours.range', { open: hours.open, close: hours.close })

const hoursOf = (minutes: number): string => String(Math.round((minutes / 60) * 10) / 10)

export const durationText = (t: Translate, d: Sight['duration']): string =>
  t('tourism.duration.range', { min: hoursOf(d.min), max: hoursOf(d.max) })
