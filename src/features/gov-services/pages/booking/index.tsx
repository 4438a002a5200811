import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import type { ServiceGuide } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { PERSON_KEYS } from '@/core/profile'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { FormSubmit } from '@/components/form-submit'
import { ProfileFill, profileMapping, useProfileFill } from '@/components/profile-fill'
import { Page } from '@/components/page'
import { PersonFields } from '@/components/person-fields'
import { Empty, Section } from '@/components/ui'
import { useDraftForm } from '@/components/use-draft-form'
import { useTranslate } from '@/components/use-translate'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import { useServiceGuide } from '../../api'
import { bookService } from '../../booking'
import { govMessages } from '../../i18n'
import { bookingFieldsOf, fieldOfReason, validateBookingForm, type BookingField } from '../../model'
import { emptyDraft, useBookingDrafts, type BookingDraft } from '../../store'
import { VisitSection } from './visit-section'

export default function BookingPage() {
  const t = useTranslate(govMessages)
  const serviceId = useRouteParam('service') ?? ''
  const service = useServiceGuide(serviceId)
  return (
    <Page title={t('gov.booking.title')} className='booking'>
      <AsyncView query={service} t={t}>
        {(s) =>
          s.bookable && s.halls.length > 0 ? (
            <BookingForm t={t} serviceId={serviceId} service={s} />
          ) : (
            <Empty message={t('gov.booking.notBookable')} />
          )
        }
      </AsyncView>
    </Page>
  )
}

/** the booking's person fields carry the profile's names */
const BOOKING_PROFILE = profileMapping<BookingDraft, BookingField>(PERSON_KEYS)

function BookingForm({ t, serviceId, service }: { t: Translate; serviceId: string; service: ServiceGuide }) {
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const stored = useBookingDrafts((s) => s.drafts[serviceId])
  const update = useBookingDrafts((s) => s.update)
  const discard = useBookingDrafts((s) => s.discard)
  // a hall chosen on the guide (?hall=) comes preselected, unless a kept draft already chose one
  const hallParam = useRouteParam('hall')
  const preset = service.halls.some((h) => h.id === hallParam) ? (hallParam ?? '') : ''
  const initial = useMemo(() => ({ ...emptyDraft(), hallId: preset }), [preset])
  const profile = useProfileFill(BOOKING_PROFILE)
  const form = useDraftForm<BookingDraft, BookingField>({
    t,
    initial,
    store: { stored, save: (patch) => update(serviceId, patch), discard: () => discard(serviceId) },
    validate: validateBookingForm,
    fieldsOf: bookingFieldsOf,
    fieldOfReason,
    consent: { given: consented, message: 'consent.required' },
    invalidMessage: 'gov.booking.fixErrors',
    async submit(draft) {
      const booking = await bookService(serviceId, draft)
      profile.submitted(draft)
      void Taro.showToast({ title: t('gov.booking.success'), icon: 'success' })
      // the receipt, in place of the form: back from it is where the user came from, not an emptied form
      void Taro.redirectTo({ url: routes.receipt(booking.id) })
    }
  })
  const { value: draft, set, error, check } = form

  return (
    <>
      {form.restored ? (
        <Banner
          action={
            <Text className='wst-link' onClick={form.discard}>
              {t('gov.booking.discard')}
            </Text>
          }
        >
          {t('gov.booking.draftRestored')}
        </Banner>
      ) : null}
      <VisitSection t={t} form={form} service={service} />
      <ProfileFill t={t} form={form} profile={profile} />
      <Section>
        <PersonFields
          t={t}
          idPrefix='booking'
          value={draft}
          onChange={(patch, field) => set(patch, [field])}
          error={error}
          check={check}
        />
      </Section>
      <FormSubmit form={form} id='booking-submit' label={t('gov.booking.submit')} />
    </>
  )
}
