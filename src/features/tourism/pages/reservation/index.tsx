// 预约凭证: the 预约号, big and as a QR code drawn on the device (the gov-services receipt's way, shared in
// components/qr-code), the day and slot, the visitors (masked), the venue (导航, phone); 添加到日历 and 取消预约
// while it is active. Loaded by the reservation's id, so it survives a reload.
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import { groupedReference } from '@/core/booking'
import { slotInstants } from '@/core/booking/calendar-event'
import type { Translate } from '@/core/i18n'
import { localized } from '@/core/i18n'
import type { Reservation } from '@/core/tourism/culture-types'
import { maskIdNumber, maskName, maskPhone } from '@/core/validators'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { errorMessage } from '@/components/error-view'
import { InlineConfirm } from '@/components/inline-confirm'
import { Page } from '@/components/page'
import { qrDataUri } from '@/components/qr-code'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone, openMap } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { useSettings } from '@/stores/settings'
import { CalendarButton } from '../../components/calendar-button'
import { FactRows } from '@/components/fact-rows'
import { ReservationStatusTag } from '../../components/reservation-status'
import { cultureApi, useReservation, useVenue } from '../../culture-api'
import { weekdayText } from '../../culture-model'
import { tourismMessages } from '../../i18n'
import '../../tourism.scss'
import '../../culture.scss'

export default function ReservationPage() {
  const t = useTranslate(tourismMessages)
  const id = useRouteParam('id') ?? ''
  const reservation = useReservation(id)
  return (
    <Page title={t('tourism.reserve.receipt')}>
      <AsyncView query={reservation} t={t}>
        {(r) => <Receipt t={t} reservation={r} />}
      </AsyncView>
    </Page>
  )
}

function Receipt({ t, reservation: r }: { t: Translate; reservation: Reservation }) {
  const locale = useSettings((s) => s.locale)
  const venue = useVenue(r.venueId).data
  const name = localized(locale, r.venueName, r.venueNameHant)
  const active = r.status === 'active'
  const qr = useMemo(() => (active ? qrDataUri(r.reference) : ''), [r.reference, active])
  const cancel = async () => {
    try {
      await cultureApi.cancelReservation(r.id)
      void Taro.showToast({ title: t('tourism.reserve.cancelledToast'), icon: 'none' })
      return true
    } catch (e) {
      void Taro.showToast({ title: errorMessage(t, e), icon: 'none' })
      return false
    }
  }
  return (
    <>
      {r.status === 'cancelled' ? <Banner>{t('tourism.reserve.cancelledNote')}</Banner> : null}
      <View className='tourism-receipt'>
        <ReservationStatusTag t={t} status={r.status} />
        <Text className='tourism-receipt__label'>{t('tourism.reserve.reference')}</Text>
        <Text className='tourism-receipt__reference' id='reservation-reference' selectable userSelect>
          {groupedReference(r.reference)}
        </Text>
        {qr ? (
          <View
            className='tourism-receipt__qr'
            role='img'
            aria-label={t('tourism.reserve.qrLabel', { reference: r.reference })}
          >
            <Image className='tourism-receipt__qr-image' src={qr} mode='scaleToFill' aria-hidden />
            <Text className='wst-note'>{t('tourism.reserve.qrHint')}</Text>
          </View>
        ) : null}
        <FactRows
          rows={[
            [t('tourism.reserve.venue'), name],
            [t('tourism.reserve.when'), `${r.date} ${weekdayText(t, r.date)} ${r.slot}`],
            [t('tourism.reserve.party'), t('tourism.reserve.partyCount', { count: r.visitors.length })],
            ...r.visitors.map(
              (v, i) =>
                [
                  t('tourism.reserve.visitor', { n: i + 1 }),
                  `${maskName(v.name)} · ${maskIdNumber(v.idNumber)}`
                ] as const
            ),
            [t('tourism.reserve.contact'), maskPhone(r.phone)]
          ]}
        />
      </View>
      {venue ? (
        <Section title={t('tourism.reserve.where')}>
          <FactRows
            rows={[
              [t('tourism.venues.address'), venue.address],
              [t('tourism.venues.hours'), venue.hoursText]
            ]}
          />
          <View className='tourism-actions'>
            <Button
              className='wst-button wst-button--secondary'
              aria-label={t('tourism.culture.navigateNamed', { name: venue.name })}
              onClick={() => void openMap(venue)}
            >
              {t('tourism.culture.navigate')}
            </Button>
            <Button className='wst-button wst-button--secondary' onClick={() => void callPhone(venue.phone)}>
              {t('tourism.venues.call', { phone: venue.phone })}
            </Button>
          </View>
        </Section>
      ) : null}
      {active ? (
        <View className='tourism-actions'>
          <CalendarButton
            t={t}
            name={name}
            event={() => {
              const at = slotInstants(r.date, r.slot)
              return at
                ? {
                    uid: r.reference,
                    title: t('tourism.reserve.calendarTitle', { venue: name }),
                    location: venue ? `${venue.name} ${venue.address}` : name,
                    description: t('tourism.reserve.calendarDescription', { reference: r.reference }),
                    ...at
                  }
                : null
            }}
          />
          <InlineConfirm
            look='block'
            label={t('tourism.reserve.cancel')}
            question={t('tourism.reserve.cancelQuestion')}
            confirmLabel={t('tourism.reserve.confirmCancel')}
            cancelLabel={t('tourism.reserve.keep')}
            onConfirm={cancel}
          />
        </View>
      ) : null}
      <View className='tourism-actions'>
        <Text className='wst-link' {...{ role: 'link' }} onClick={() => go(pageUrl('tourism', 'reservations'))}>
          {t('tourism.reserve.all')}
        </Text>
      </View>
    </>
  )
}
