import { Text } from '@tarojs/components'
import { useMemo } from 'react'
import { orderHalls } from '@/core/gov-services/hall-order'
import type { ServiceGuide } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { Field, Section } from '@/components/ui'
import type { DraftForm } from '@/components/use-draft-form'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'
import { VisitPicker } from '../../components/visit-picker'
import type { BookingField } from '../../model'
import type { BookingDraft } from '../../store'

interface Props {
  t: Translate
  form: DraftForm<BookingDraft, BookingField>
  service: ServiceGuide
}

/** the service being booked, then where and when */
export function VisitSection({ t, form, service }: Props) {
  const { value: draft, set, error } = form
  // the halls of the zone's member cities first, as the guide lists them
  const zone = zoneById(useZone((s) => s.zoneId))
  const halls = useMemo(() => orderHalls(service.halls, zone).map((r) => r.hall), [service.halls, zone])
  return (
    <Section>
      <Text className='booking__required-note'>{t('gov.booking.requiredNote')}</Text>
      <Field label={t('gov.booking.service')}>
        <Text>{service.name}</Text>
      </Field>
      <VisitPicker
        t={t}
        halls={halls}
        value={draft}
        onChange={set}
        errors={{ hallId: error('hallId'), slot: error('slot') }}
        required={t('gov.booking.required')}
      />
    </Section>
  )
}
