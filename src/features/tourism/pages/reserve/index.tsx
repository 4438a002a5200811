// 预约参观: a timed-entry booking of a free venue. Real names (each visitor with a valid identity document), up to
// five in a party, a day of the window (a closed day is said so, never offered slots) and a slot with room; the draft
// survives a reload, and the submission goes through the outbox, once by its idempotency key, offline too.
import { Button, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { Translate } from '@/core/i18n'
import type { CultureVenue, Visitor } from '@/core/tourism/culture-types'
import { PHONE_INPUT_MAX_LENGTH } from '@/core/validators'
import { PHONE_REGIONS, type PhoneRegion } from '@/core/domain'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { FormSubmit } from '@/components/form-submit'
import { Page } from '@/components/page'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { ProfileFill, useProfileFill, type ProfileMapping } from '@/components/profile-fill'
import { Empty, Section } from '@/components/ui'
import { useDraftForm } from '@/components/use-draft-form'
import { useTranslate } from '@/components/use-translate'
import { isOnline } from '@/platform/network'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import { VisitDay } from '../../components/visit-day'
import { VisitorFields } from '../../components/visitor-fields'
import { sendReservation, useVenue } from '../../culture-api'
import { reserveFieldOfReason, reserveFieldsOf, validateReserveForm, type ReserveField } from '../../culture-model'
import { tourismMessages } from '../../i18n'
import { emptyReserveDraft, emptyVisitor, useReserveDrafts, type ReserveDraft } from '../../reserve-store'
import '../../tourism.scss'
import '../../culture.scss'

export default function ReservePage() {
  const t = useTranslate(tourismMessages)
  const venueId = useRouteParam('venue') ?? ''
  const venue = useVenue(venueId)
  return (
    <Page title={t('tourism.reserve.title')}>
      <AsyncView query={venue} t={t}>
        {(v) =>
          v.reservation ? <ReserveForm t={t} venue={v} /> : <Empty message={t('tourism.reserve.notReservable')} />
        }
      </AsyncView>
    </Page>
  )
}

/** 用我的信息填写: the first visitor is the user, with the phone the venue calls */
const PROFILE_MAPPING: ProfileMapping<ReserveDraft, ReserveField> = {
  read: ({ visitors: [first], phoneRegion, phone }) => ({
    name: first?.name,
    idType: first?.idType,
    idNumber: first?.idNumber,
    phoneRegion,
    phone
  }),
  write: (p, d) => ({
    visitors: d.visitors.map((v, i) =>
      i === 0 ? { name: p.name ?? v.name, idType: p.idType ?? v.idType, idNumber: p.idNumber ?? v.idNumber } : v
    ),
    phoneRegion: p.phoneRegion ?? d.phoneRegion,
    phone: p.phone ?? d.phone
  }),
  fields: ['visitor0.name', 'visitor0.idNumber', 'phone']
}

function ReserveForm({ t, venue }: { t: Translate; venue: CultureVenue }) {
  const profile = useProfileFill(PROFILE_MAPPING)
  // queued while offline: said here, since another page may not load without the network (H5 loads each page then)
  const [queuedOffline, setQueuedOffline] = useState(false)
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const stored = useReserveDrafts((s) => s.drafts[venue.id])
  const update = useReserveDrafts((s) => s.update)
  const discard = useReserveDrafts((s) => s.discard)
  const initial = useMemo(emptyReserveDraft, [])
  const maxParty = venue.reservation?.maxParty ?? 1
  const form = useDraftForm<ReserveDraft, ReserveField>({
    t,
    initial,
    store: { stored, save: (patch) => update(venue.id, patch), discard: () => discard(venue.id) },
    validate: (d) => validateReserveForm(venue, d),
    fieldsOf: reserveFieldsOf,
    fieldOfReason: reserveFieldOfReason,
    consent: { given: consented, message: 'consent.required' },
    invalidMessage: 'tourism.reserve.fixErrors',
    async submit(draft) {
      const { idempotencyKey, date, slot, visitors, phoneRegion, phone } = draft
      const outcome = await sendReservation({
        idempotencyKey,
        venueId: venue.id,
        date,
        slot,
        visitors,
        phoneRegion,
        phone
      })
      if (outcome.kind === 'refused') return { refused: outcome.reason }
      profile.submitted(draft)
      if (outcome.kind === 'sent') {
        void Taro.showToast({ title: t('tourism.reserve.success'), icon: 'success' })
        // the receipt, in place of the form: back from it is where the user came from
        void Taro.redirectTo({ url: pageUrl('tourism', 'reservation', { id: outcome.answer.id }) })
        return
      }
      // queued: it goes when the network is back; 我的场馆预约 shows it as 待发送
      void Taro.showToast({ title: t('tourism.reserve.queued'), icon: 'none' })
      if (await isOnline()) void Taro.redirectTo({ url: pageUrl('tourism', 'reservations') })
      else setQueuedOffline(true)
    }
  })
  const { value: draft, set, error, check } = form
  const setVisitor = (i: number, patch: Partial<Visitor>) =>
    set({ visitors: draft.visitors.map((v, j) => (j === i ? { ...v, ...patch } : v)) }, [
      `visitor${i}.name`,
      `visitor${i}.idNumber`
    ])

  if (queuedOffline)
    return (
      <Section title={venue.name}>
        <Banner>{t('tourism.reserve.queuedHere')}</Banner>
        <Button
          className='wst-button'
          onClick={() => void Taro.redirectTo({ url: pageUrl('tourism', 'reservations') })}
        >
          {t('tourism.reserve.queuedOpen')}
        </Button>
      </Section>
    )

  return (
    <>
      {form.restored ? (
        <Banner
          action={
            <Text className='wst-link' onClick={form.discard}>
              {t('tourism.reserve.discard')}
            </Text>
          }
        >
          {t('tourism.reserve.draftRestored')}
        </Banner>
      ) : null}
      <Section title={venue.name}>
        <Text className='wst-prose'>{venue.hoursText}</Text>
        <VisitDay
          t={t}
          venue={venue}
          date={draft.date}
          slot={draft.slot}
          onChange={(patch) => set(patch)}
          errors={{ date: error('date'), slot: error('slot') }}
        />
      </Section>
      <ProfileFill t={t} form={form} profile={profile} />
      <Section title={t('tourism.reserve.visitors', { count: draft.visitors.length, max: maxParty })}>
        <Text className='wst-note'>{t('tourism.reserve.realName', { max: maxParty })}</Text>
        {draft.visitors.map((v, i) => (
          <VisitorFields
            key={i}
            t={t}
            index={i}
            visitor={v}
            onChange={(patch) => setVisitor(i, patch)}
            error={(field) => error(`visitor${i}.${field}`)}
            check={(field) => check(`visitor${i}.${field}`)}
            onRemove={
              draft.visitors.length > 1 ? () => set({ visitors: draft.visitors.filter((_, j) => j !== i) }) : undefined
            }
          />
        ))}
        {draft.visitors.length < maxParty ? (
          <Button
            className='wst-button wst-button--secondary tourism-reserve__add'
            id='reserve-add-visitor'
            onClick={() => set({ visitors: [...draft.visitors, emptyVisitor()] })}
          >
            {t('tourism.reserve.addVisitor', { max: maxParty })}
          </Button>
        ) : (
          <Text className='wst-note'>{t('tourism.reserve.partyFull', { max: maxParty })}</Text>
        )}
      </Section>
      <Section title={t('tourism.reserve.contact')}>
        <SelectField<PhoneRegion>
          id='reserve-phone-region'
          label={t('person.phoneRegion')}
          required={t('person.required')}
          options={PHONE_REGIONS}
          value={draft.phoneRegion}
          optionLabel={(k) => t(`person.phoneRegion.${k}`)}
          onChange={(phoneRegion) => set({ phoneRegion })}
        />
        <TextField
          id='reserve-phone'
          type='number'
          label={t('person.phone')}
          required={t('person.required')}
          value={draft.phone}
          maxlength={PHONE_INPUT_MAX_LENGTH}
          error={error('phone')}
          onInput={(phone) => set({ phone })}
          onBlur={() => check('phone')}
        />
      </Section>
      <FormSubmit form={form} id='reserve-submit' label={t('tourism.reserve.submit')} />
    </>
  )
}
