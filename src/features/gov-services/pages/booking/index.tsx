import { Button, Input, Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { IdType, PhoneRegion } from '@/backend/types'
import { isBackendError } from '@/backend/errors'
import { newIdempotencyKey } from '@/core/idempotency-key'
import { bookingWindow, isSlotPassed } from '@/core/booking'
import { dayOfWeek, isCalendarKnown } from '@/core/calendar'
import { ErrorView, errorMessage } from '@/components/error-view'
import { Page } from '@/components/page'
import { Empty, Field, Section } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import { govApi } from '../../api'
import { govMessages } from '../../i18n'
import { fieldOfReason, validateBookingForm, type BookingErrors, type BookingField } from '../../model'
import { emptyDraft, useBookingDrafts, type BookingDraft } from '../../store'
import './index.scss'
import { useRouteParam } from '@/platform/route-params'

const ID_TYPES: IdType[] = ['mainland', 'hk', 'mo', 'hkmo_permit']
const PHONE_REGIONS: PhoneRegion[] = ['cn', 'hk', 'mo']

export default function BookingPage() {
  const t = useTranslate(govMessages)
  const serviceId = useRouteParam('service') ?? ''
  const locale = useSettings((s) => s.locale)
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const stored = useBookingDrafts((s) => s.drafts[serviceId])
  const update = useBookingDrafts((s) => s.update)
  const discard = useBookingDrafts((s) => s.discard)
  const [restored] = useState(() => stored !== undefined && stored.updatedAt > 0)
  const draft: BookingDraft = stored ?? emptyDraft()
  const [errors, setErrors] = useState<BookingErrors>({})
  const [banner, setBanner] = useState('')
  const [submitting, setSubmitting] = useState(false)

  const service = useAsync(() => govApi.getService(serviceId, locale), [serviceId, locale])
  const now = Date.now()
  const dates = useMemo(() => bookingWindow(now), [Math.floor(now / 3_600_000)]) // eslint-disable-line react-hooks/exhaustive-deps
  const availability = useAsync(
    () => (draft.hallId && draft.date ? govApi.getAvailability(draft.hallId, draft.date) : Promise.resolve([])),
    [draft.hallId, draft.date]
  )

  const set = (patch: Partial<BookingDraft>) => {
    update(serviceId, patch)
    setBanner('')
    // a corrected field loses its message at once
    const cleared = { ...errors }
    for (const key of Object.keys(patch) as BookingField[]) delete cleared[key]
    if ('idType' in patch) delete cleared.idNumber
    if ('phoneRegion' in patch) delete cleared.phone
    if ('date' in patch || 'hallId' in patch) delete cleared.slot
    setErrors(cleared)
  }
  const check = (field: BookingField) => {
    const message = validateBookingForm(draft)[field]
    setErrors((e) => ({ ...e, [field]: message }))
  }

  const submit = async () => {
    if (submitting) return
    const found = validateBookingForm(draft)
    setErrors(found)
    if (Object.keys(found).length) return setBanner(t('gov.booking.fixErrors'))
    if (!consented) return setBanner(t('gov.booking.privacyNeeded'))
    setSubmitting(true)
    try {
      await govApi.book({ ...draft, serviceId })
      discard(serviceId)
      void Taro.showToast({ title: t('gov.booking.success'), icon: 'success' })
      void Taro.redirectTo({ url: routes.bookings() })
    } catch (e) {
      const field = isBackendError(e) ? fieldOfReason(e.reason) : undefined
      if (field) setErrors((prev) => ({ ...prev, [field]: errorMessage(t, e) }))
      setBanner(field ? t('gov.booking.fixErrors') : errorMessage(t, e))
      // a refused request may be corrected and sent again as a new submission; a lost one keeps its key
      if (isBackendError(e) && (e.code === 'invalid' || e.code === 'conflict'))
        update(serviceId, { idempotencyKey: newIdempotencyKey() })
    } finally {
      setSubmitting(false)
    }
  }

  const s = service.data
  if (service.error)
    return (
      <Page title={t('gov.booking.title')}>
        <ErrorView t={t} error={service.error} onRetry={service.reload} />
      </Page>
    )
  if (!s)
    return (
      <Page title={t('gov.booking.title')}>
        <Empty message={t('common.loading')} />
      </Page>
    )
  if (!s.bookable || s.halls.length === 0)
    return (
      <Page title={t('gov.booking.title')}>
        <Empty message={t('gov.booking.notBookable')} />
      </Page>
    )

  const message = (field: BookingField) => (errors[field] ? t(errors[field] as string) : undefined)
  const hallIndex = s.halls.findIndex((h) => h.id === draft.hallId)

  return (
    <Page title={t('gov.booking.title')} className='booking'>
      {restored ? (
        <View className='wst-banner'>
          <Text>{t('gov.booking.draftRestored')}</Text>
          <Text
            className='wst-link'
            onClick={() => {
              discard(serviceId)
              setErrors({})
            }}
          >
            {t('gov.booking.discard')}
          </Text>
        </View>
      ) : null}
      <Section>
        <Field label={t('gov.booking.service')}>
          <Text>{s.name}</Text>
        </Field>
        <Field label={t('gov.booking.hall')} error={message('hallId')}>
          <Picker
            mode='selector'
            range={s.halls.map((h) => h.name)}
            value={Math.max(0, hallIndex)}
            onChange={(e) => set({ hallId: s.halls[Number(e.detail.value)].id, slot: '' })}
          >
            <View className='wst-input booking__picker' id='booking-hall'>
              {hallIndex >= 0 ? s.halls[hallIndex].name : t('gov.booking.chooseHall')} ▾
            </View>
          </Picker>
          {hallIndex >= 0 ? (
            <Text className='booking__hint'>{`${s.halls[hallIndex].address}；${s.halls[hallIndex].hours}`}</Text>
          ) : null}
        </Field>
        <Field label={t('gov.booking.date')} hint={t('gov.booking.dateHint')}>
          <View className='booking__chips'>
            {dates.map((d) => (
              <View
                key={d}
                className={`booking__chip ${draft.date === d ? 'booking__chip--on' : ''}`}
                onClick={() => set({ date: d, slot: '' })}
                aria-selected={draft.date === d}
                role='option'
              >
                <Text>{`${d.slice(5)} ${t('gov.booking.weekdays').split(' ')[dayOfWeek(d)]}`}</Text>
              </View>
            ))}
          </View>
          {draft.date && !isCalendarKnown(draft.date) ? (
            <Text className='booking__hint'>{t('gov.booking.dateUnknownCalendar')}</Text>
          ) : null}
        </Field>
        <Field label={t('gov.booking.slot')} error={message('slot')}>
          <View className='booking__chips'>
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
      <Section>
        <Field label={t('gov.booking.name')} error={message('name')}>
          <Input
            className='wst-input'
            id='booking-name'
            value={draft.name}
            placeholder={t('gov.booking.namePlaceholder')}
            onInput={(e) => set({ name: e.detail.value })}
            onBlur={() => check('name')}
          />
        </Field>
        <Field label={t('gov.booking.idType')}>
          <Picker
            mode='selector'
            range={ID_TYPES.map((k) => t(`gov.booking.idType.${k}`))}
            value={ID_TYPES.indexOf(draft.idType)}
            onChange={(e) => set({ idType: ID_TYPES[Number(e.detail.value)] })}
          >
            <View className='wst-input booking__picker' id='booking-id-type'>
              {t(`gov.booking.idType.${draft.idType}`)} ▾
            </View>
          </Picker>
        </Field>
        <Field label={t('gov.booking.idNumber')} error={message('idNumber')}>
          <Input
            className='wst-input'
            id='booking-id-number'
            value={draft.idNumber}
            maxlength={24}
            onInput={(e) => set({ idNumber: e.detail.value })}
            onBlur={() => check('idNumber')}
          />
        </Field>
        <Field label={t('gov.booking.phoneRegion')}>
          <Picker
            mode='selector'
            range={PHONE_REGIONS.map((k) => t(`gov.booking.phoneRegion.${k}`))}
            value={PHONE_REGIONS.indexOf(draft.phoneRegion)}
            onChange={(e) => set({ phoneRegion: PHONE_REGIONS[Number(e.detail.value)] })}
          >
            <View className='wst-input booking__picker' id='booking-phone-region'>
              {t(`gov.booking.phoneRegion.${draft.phoneRegion}`)} ▾
            </View>
          </Picker>
        </Field>
        <Field label={t('gov.booking.phone')} error={message('phone')}>
          <Input
            className='wst-input'
            id='booking-phone'
            type='number'
            value={draft.phone}
            maxlength={16}
            onInput={(e) => set({ phone: e.detail.value })}
            onBlur={() => check('phone')}
          />
        </Field>
      </Section>
      {banner ? (
        <View className='wst-banner wst-banner--error' role='alert'>
          <Text>{banner}</Text>
          {!consented ? (
            <Text className='wst-link' onClick={() => go(routes.privacy())}>
              {t('gov.booking.readPrivacy')}
            </Text>
          ) : null}
        </View>
      ) : null}
      <Text className='booking__privacy' onClick={() => go(routes.privacy())}>
        {t('gov.booking.privacy')}
      </Text>
      <Button
        className={`wst-button ${submitting ? 'wst-button--busy' : ''}`}
        id='booking-submit'
        disabled={submitting}
        loading={submitting}
        onClick={submit}
      >
        {t('gov.booking.submit')}
      </Button>
    </Page>
  )
}
