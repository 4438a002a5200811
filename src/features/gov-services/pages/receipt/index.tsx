// 预约回执: what the user shows and needs at the hall, loaded by the booking's id so it survives a reload.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { groupedReference } from '@/core/booking'
import type { Booking } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { localized } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import { useSettings } from '@/stores/settings'
import { useBooking, useHall, useServiceGuide } from '../../api'
import { govMessages } from '../../i18n'
import { BookingActions } from './booking-actions'
import { HallSection } from './hall-section'
import { MaterialsSection } from './materials-section'
import { ReceiptCard } from './receipt-card'
import './index.scss'

export default function ReceiptPage() {
  const t = useTranslate(govMessages)
  const id = useRouteParam('id') ?? ''
  const booking = useBooking(id)
  return (
    <Page title={t('gov.receipt.title')} className='receipt'>
      <AsyncView query={booking} t={t}>
        {(b) => <Receipt t={t} booking={b} />}
      </AsyncView>
    </Page>
  )
}

function Receipt({ t, booking: b }: { t: Translate; booking: Booking }) {
  const locale = useSettings((s) => s.locale)
  const guide = useServiceGuide(b.serviceId)
  const hall = useHall(b.hallId)
  const previous = useBooking(b.rescheduledFrom ?? '')
  // a moved or cancelled booking opens the other receipt in place of this one: back still leads to 我的预约
  const open = (id: string) => void Taro.redirectTo({ url: routes.receipt(id) })
  return (
    <>
      {b.status === 'rescheduled' && b.rescheduledTo ? (
        <Banner action={link(t('gov.receipt.openNew'), () => open(b.rescheduledTo ?? ''))}>
          {t('gov.receipt.movedTo')}
        </Banner>
      ) : null}
      {b.status === 'cancelled' ? <Banner>{t('gov.receipt.cancelledNote')}</Banner> : null}
      <ReceiptCard t={t} booking={b} serviceName={localized(locale, b.serviceName, b.serviceNameHant)} />
      {b.rescheduledFrom ? (
        <View className='receipt__from'>
          {previous.data ? (
            <Text className='receipt__hint'>
              {t('gov.receipt.movedFrom', { reference: groupedReference(previous.data.reference) })}
            </Text>
          ) : null}
          {link(t('gov.receipt.openOld'), () => open(b.rescheduledFrom ?? ''))}
        </View>
      ) : null}
      <HallSection t={t} hall={hall} fallbackName={localized(locale, b.hallName, b.hallNameHant)} />
      {b.status === 'active' ? (
        <>
          <MaterialsSection t={t} guide={guide} />
          <BookingActions t={t} booking={b} guide={guide.data} hall={hall.data} />
        </>
      ) : null}
      <View className='receipt__footer'>{link(t('gov.receipt.allBookings'), () => go(routes.bookings()))}</View>
    </>
  )
}

function link(label: string, onClick: () => void) {
  return (
    <Text className='wst-link' {...{ role: 'link' }} onClick={onClick}>
      {label}
    </Text>
  )
}
