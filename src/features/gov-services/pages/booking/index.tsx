import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import type { IdType, PhoneRegion } from '@/core/domain'
import type { ServiceGuide } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { ID_TYPES, PHONE_REGIONS } from '@/core/domain'
import { PERSON_KEYS } from '@/core/profile'
import { ID_NUMBER_INPUT_MAX_LENGTH, PHONE_INPUT_MAX_LENGTH } from '@/core/validators'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { FormSubmit } from '@/components/form-submit'
import { ProfileFill, profileMapping, useProfileFill } from '@/components/profile-fill'
import { Page } from '@/components/page'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
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
import './index.scss'

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
  const initial = useMemo(emptyDraft, [])
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
        <TextField
          id='booking-name'
          label={t('gov.booking.name')}
          required={t('gov.booking.required')}
          value={draft.name}
          placeholder={t('gov.booking.namePlaceholder')}
          error={error('name')}
          onInput={(name) => set({ name })}
          onBlur={() => check('name')}
        />
        <SelectField<IdType>
          id='booking-id-type'
          label={t('gov.booking.idType')}
          required={t('gov.booking.required')}
          options={ID_TYPES}
          value={draft.idType}
          optionLabel={(k) => t(`gov.booking.idType.${k}`)}
          onChange={(idType) => set({ idType })}
        />
        <TextField
          id='booking-id-number'
          label={t('gov.booking.idNumber')}
          required={t('gov.booking.required')}
          hint={t(`gov.booking.idHint.${draft.idType}`)}
          value={draft.idNumber}
          maxlength={ID_NUMBER_INPUT_MAX_LENGTH}
          error={error('idNumber')}
          onInput={(idNumber) => set({ idNumber })}
          onBlur={() => check('idNumber')}
        />
        <SelectField<PhoneRegion>
          id='booking-phone-region'
          label={t('gov.booking.phoneRegion')}
          required={t('gov.booking.required')}
          options={PHONE_REGIONS}
          value={draft.phoneRegion}
          optionLabel={(k) => t(`gov.booking.phoneRegion.${k}`)}
          onChange={(phoneRegion) => set({ phoneRegion })}
        />
        <TextField
          id='booking-phone'
          type='number'
          label={t('gov.booking.phone')}
          required={t('gov.booking.required')}
          value={draft.phone}
          maxlength={PHONE_INPUT_MAX_LENGTH}
          error={error('phone')}
          onInput={(phone) => set({ phone })}
          onBlur={() => check('phone')}
        />
      </Section>
      <FormSubmit form={form} id='booking-submit' label={t('gov.booking.submit')} />
    </>
  )
}
