import { Text } from '@tarojs/components'
import { useMemo } from 'react'
import type { ServiceGuide } from '@/core/gov-services/types'
import { bookingWindow, isSlotPassed } from '@/core/booking'
import { dayOfWeek, isProvisionalDate } from '@/core/calendar'
import type { Translate } from '@/core/i18n'
import { ChipGroup } from '@/components/chip-group'
import { SelectField } from '@/components/select-field'
import { Field, Section } from '@/components/ui'
import type { DraftForm } from '@/components/use-draft-form'
import { useAvailability } from '../../api'
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
  const availability = useAvailability(draft.hallId, draft.date)
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
        <ChipGroup
          kind='single'
          className='booking__dates'
          label={t('gov.booking.date')}
          options={dates.map((d) => ({
            value: d,
            // a day whose year has no published 调休 yet is marked, so colour is never the only signal
            label: `${d.slice(5)} ${weekdays[dayOfWeek(d)]}${isProvisionalDate(d) ? t('gov.booking.provisionalMark') : ''}`
          }))}
          value={draft.date || null}
          onChange={(date) => set({ date, slot: '' })}
        />
        {draft.date && isProvisionalDate(draft.date) ? (
          <Text className='booking__hint'>{t('gov.booking.dateProvisional')}</Text>
        ) : null}
      </Field>
      <Field label={t('gov.booking.slot')} error={error('slot')}>
        <ChipGroup
          kind='single'
          className='booking__slots'
          label={t('gov.booking.slot')}
          options={(availability.data ?? []).map((a) => ({
            value: a.slot,
            label: a.slot,
            note:
              a.remaining === 0 ? t('gov.booking.slotFull') : t('gov.booking.slotRemaining', { count: a.remaining }),
            disabled: a.remaining === 0 || isSlotPassed(draft.date, a.slot, now)
          }))}
          value={draft.slot || null}
          onChange={(slot) => set({ slot })}
        />
      </Field>
    </Section>
  )
}
