import { Text } from '@tarojs/components'
import { useMemo } from 'react'
import type { Translate } from '@/core/i18n'
import type { CultureVenue } from '@/core/tourism/culture-types'
import { isSlotPassed } from '@/core/booking'
import { isPublicHoliday, reservationWindow, venueClosure } from '@/core/tourism/reservation'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { errorMessage } from '@/components/error-view'
import { Field } from '@/components/ui'
import { useVenueSlots } from '../culture-api'
import { dayText } from '../culture-model'

interface Props {
  t: Translate
  venue: CultureVenue
  date: string
  slot: string
  onChange(patch: { date?: string; slot?: string }): void
  errors: { date?: string; slot?: string }
}

/**
 * The day and the slot: every day of the window, a closed day marked 闭馆 in words and, when chosen, said in full
 * (逢周一闭馆，法定节假日除外) with no slots; on an open day the slots with the places left.
 */
export function VisitDay({ t, venue, date, slot, onChange, errors }: Props) {
  const now = Date.now()
  const days = useMemo(() => reservationWindow(venue, now), [venue, Math.floor(now / 3_600_000)]) // eslint-disable-line react-hooks/exhaustive-deps
  const closure = date ? venueClosure(venue.hours, date) : null
  const slots = useVenueSlots(venue.id, date && !closure ? date : '')
  const required = t('person.required')
  const mark = (d: string) => {
    const c = venueClosure(venue.hours, d)
    if (c) return t('tourism.reserve.closedMark')
    return isPublicHoliday(d) ? t('tourism.reserve.holidayMark') : undefined
  }
  return (
    <>
      <Field label={t('tourism.reserve.date')} error={errors.date} required={required}>
        <ChipGroup
          kind='single'
          className='tourism-reserve__dates'
          label={`${t('tourism.reserve.date')}（${required}）`}
          options={days.map((d) => ({ value: d, label: dayText(t, d), note: mark(d) }))}
          value={date || null}
          onChange={(d) => onChange({ date: d, slot: '' })}
        />
      </Field>
      {closure ? (
        <Banner tone='error' id='reserve-closed'>
          {t(closure === 'date' ? 'tourism.reserve.closedOnDate' : 'tourism.reserve.closedOnWeekday', {
            venue: venue.name,
            day: dayText(t, date)
          })}
        </Banner>
      ) : null}
      {date && !closure ? (
        <Field label={t('tourism.reserve.slot')} error={errors.slot} required={required}>
          {slots.error ? (
            <Text className='wst-note' onClick={() => void slots.reload()}>
              {errorMessage(t, slots.error)}
            </Text>
          ) : slots.data && !slots.loading ? (
            <ChipGroup
              kind='single'
              className='tourism-reserve__slots'
              label={`${t('tourism.reserve.slot')}（${required}）`}
              options={slots.data.map((a) => {
                const passed = isSlotPassed(date, a.slot, now)
                return {
                  value: a.slot,
                  label: a.slot,
                  note: passed
                    ? t('tourism.reserve.slotPassedMark')
                    : a.remaining === 0
                      ? t('tourism.reserve.slotFullMark')
                      : t('tourism.reserve.remaining', { count: a.remaining }),
                  disabled: passed || a.remaining === 0
                }
              })}
              value={slot || null}
              onChange={(s) => onChange({ slot: s })}
            />
          ) : (
            <Text className='wst-note'>{t('tourism.reserve.slotLoading')}</Text>
          )}
        </Field>
      ) : null}
    </>
  )
}
