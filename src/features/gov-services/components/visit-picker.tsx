import { Text } from '@tarojs/components'
import { useMemo } from 'react'
import type { Hall } from '@/core/gov-services/types'
import { bookingWindow, isSlotPassed } from '@/core/booking'
import { dayOfWeek, isProvisionalDate } from '@/core/calendar'
import type { Translate } from '@/core/i18n'
import { ChipGroup } from '@/components/chip-group'
import { errorMessage } from '@/components/error-view'
import { SelectField } from '@/components/select-field'
import { Field } from '@/components/ui'
import { useAvailability } from '../api'
import './visit-picker.scss'

export interface Visit {
  hallId: string
  date: string
  slot: string
}

interface Props {
  t: Translate
  halls: Hall[]
  value: Visit
  /** a new hall or date clears the slot: its places are another hall's or day's */
  onChange(patch: Partial<Visit>): void
  errors?: { hallId?: string; slot?: string }
  /** the visible mark and spoken word of a required field (必填) */
  required?: string
  /** a slot that cannot be chosen although it has room (the one a booking already holds) */
  isTaken?(slot: string): boolean
}

/** where and when: the hall, a working day of the booking window and a time slot with room */
export function VisitPicker({ t, halls, value, onChange, errors = {}, required, isTaken }: Props) {
  const now = Date.now()
  const dates = useMemo(() => bookingWindow(now), [Math.floor(now / 3_600_000)]) // eslint-disable-line react-hooks/exhaustive-deps
  const availability = useAvailability(value.hallId, value.date)
  const hall = halls.find((h) => h.id === value.hallId)
  const weekdays = t('gov.booking.weekdays').split(' ')
  const chosen = Boolean(value.hallId && value.date)
  // the last hall's or day's places stay in the query while the new ones load: never offer those
  const slots = chosen && !availability.loading && !availability.error ? (availability.data ?? []) : undefined
  const spoken = (label: string) => (required ? `${label}（${required}）` : label)

  return (
    <>
      <SelectField
        id='booking-hall'
        label={t('gov.booking.hall')}
        required={required}
        options={halls}
        value={hall}
        optionLabel={(h) => h.name}
        placeholder={t('gov.booking.chooseHall')}
        error={errors.hallId}
        onChange={(h) => onChange({ hallId: h.id, slot: '' })}
      >
        {hall ? <Text className='booking__hint'>{`${hall.address}；${hall.hours}`}</Text> : null}
      </SelectField>
      <Field label={t('gov.booking.date')} hint={t('gov.booking.dateHint')} required={required}>
        <ChipGroup
          kind='single'
          className='booking__dates'
          label={spoken(t('gov.booking.date'))}
          options={dates.map((d) => ({
            value: d,
            // a day whose year has no published 调休 yet is marked, so colour is never the only signal
            label: `${d.slice(5)} ${weekdays[dayOfWeek(d)]}${isProvisionalDate(d) ? t('gov.booking.provisionalMark') : ''}`
          }))}
          value={value.date || null}
          onChange={(date) => onChange({ date, slot: '' })}
        />
        {value.date && isProvisionalDate(value.date) ? (
          <Text className='booking__hint'>{t('gov.booking.dateProvisional')}</Text>
        ) : null}
      </Field>
      <Field label={t('gov.booking.slot')} error={errors.slot} required={required}>
        {!chosen ? (
          <Text className='booking__hint booking__slot-hint'>{t('gov.booking.slotNeedsHallAndDate')}</Text>
        ) : availability.error ? (
          <Text className='booking__hint' onClick={() => void availability.reload()}>
            {errorMessage(t, availability.error)}
          </Text>
        ) : slots ? (
          <ChipGroup
            kind='single'
            className='booking__slots'
            label={spoken(t('gov.booking.slot'))}
            options={slots.map((a) => ({
              value: a.slot,
              label: a.slot,
              note:
                a.remaining === 0 ? t('gov.booking.slotFull') : t('gov.booking.slotRemaining', { count: a.remaining }),
              disabled: a.remaining === 0 || isSlotPassed(value.date, a.slot, now) || (isTaken?.(a.slot) ?? false)
            }))}
            value={value.slot || null}
            onChange={(slot) => onChange({ slot })}
          />
        ) : (
          <Text className='booking__hint'>{t('gov.booking.slotLoading')}</Text>
        )}
      </Field>
    </>
  )
}
