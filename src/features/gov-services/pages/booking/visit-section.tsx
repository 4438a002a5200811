import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import type { ServiceGuide } from '@/core/gov-services/types'
import { bookingWindow, isSlotPassed } from '@/core/booking'
import { dayOfWeek, isCalendarKnown } from '@/core/calendar'
import type { Translate } from '@/core/i18n'
import { SelectField } from '@/components/select-field'
import { Field, Section } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import type { DraftForm } from '@/components/use-draft-form'
import { govApi } from '../../api'
import type { BookingField } from '../../model'
import type { BookingDraft } from '../../store'

interface Props {
  t: Translate
  form: DraftForm<BookingDraft, BookingField>
  service: ServiceGuide
}

/** where and when: the hall, a working day of the booking window and a time slot with room */
export function VisitSection({ t, form, service }: Props) {
  const { value: draft, set, error } = form
  const now = Date.now()
  const dates = useMemo(() => bookingWindow(now), [Math.floor(now / 3_600_000)]) // eslint-disable-line react-hooks/exhaustive-deps
  const availability = useAsync(
    () => (draft.hallId && draft.date ? govApi.getAvailability(draft.hallId, draft.date) : Promise.resolve([])),
    [draft.hallId, draft.date]
  )
  const hall = service.halls.find((h) => h.id === draft.hallId)
  const weekdays = t('gov.booking.weekdays').split(' ')

  return (
    <Section>
      <Field label={t('gov.booking.service')}>
        <Text>{service.name}</Text>
      </Field>
      <SelectField
        id='booking-hall'
        label={t('gov.booking.hall')}
        options={service.halls}
        value={hall}
        optionLabel={(h) => h.name}
        placeholder={t('gov.booking.chooseHall')}
        error={error('hallId')}
        onChange={(h) => set({ hallId: h.id, slot: '' })}
      >
        {hall ? <Text className='booking__hint'>{`${hall.address}；${hall.hours}`}</Text> : null}
      </SelectField>
      <Field label={t('gov.booking.date')} hint={t('gov.booking.dateHint')}>
        <View className='booking__chips' role='listbox' aria-label={t('gov.booking.date')}>
          {dates.map((d) => (
            <View
              key={d}
              className={`booking__chip ${draft.date === d ? 'booking__chip--on' : ''}`}
              onClick={() => set({ date: d, slot: '' })}
              aria-selected={draft.date === d}
              role='option'
            >
              <Text>{`${d.slice(5)} ${weekdays[dayOfWeek(d)]}`}</Text>
            </View>
          ))}
        </View>
        {draft.date && !isCalendarKnown(draft.date) ? (
          <Text className='booking__hint'>{t('gov.booking.dateUnknownCalendar')}</Text>
        ) : null}
      </Field>
      <Field label={t('gov.booking.slot')} error={error('slot')}>
        <View className='booking__chips' role='listbox' aria-label={t('gov.booking.slot')}>
          {(availability.data ?? []).map((a) => {
            const closed = a.remaining === 0 || isSlotPassed(draft.date, a.slot, now)
            return (
              <View
                key={a.slot}
                className={`booking__chip ${draft.slot === a.slot ? 'booking__chip--on' : ''} ${closed ? 'booking__chip--off' : ''}`}
                onClick={() => !closed && set({ slot: a.slot })}
                aria-disabled={closed}
                aria-selected={draft.slot === a.slot}
                role='option'
              >
                <Text>{a.slot}</Text>
                <Text className='booking__remaining'>
                  {a.remaining === 0
                    ? t('gov.booking.slotFull')
                    : t('gov.booking.slotRemaining', { count: a.remaining })}
                </Text>
              </View>
            )
          })}
        </View>
      </Field>
    </Section>
  )
}
