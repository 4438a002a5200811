import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { groupedReference } from '@/core/booking'
import { localized } from '@/core/i18n'
import { maskName, maskPhone } from '@/core/validators'
import { AsyncView } from '@/components/async-view'
import { errorMessage } from '@/components/error-view'
import { InlineConfirm } from '@/components/inline-confirm'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { useSettings } from '@/stores/settings'
import { govApi, useBookings } from '../../api'
import { BookingStatusTag, visitTime } from '../../components/booking-status'
import { govMessages } from '../../i18n'
import './index.scss'

export default function Bookings() {
  const t = useTranslate(govMessages)
  // the names are the user's own records, kept in both scripts
  const locale = useSettings((s) => s.locale)
  const bookings = useBookings()
  usePullDownReload([bookings])

  /** the booking is cancelled and the list shows it so; false when it could not be */
  const cancel = async (id: string) => {
    try {
      await govApi.cancelBooking(id)
      void Taro.showToast({ title: t('gov.bookings.cancelledToast'), icon: 'none' })
      return true
    } catch (e) {
      void Taro.showToast({ title: errorMessage(t, e), icon: 'none' })
      return false
    }
  }

  return (
    <Page title={t('gov.bookings.title')}>
      <AsyncView query={bookings} t={t} empty={t('gov.bookings.empty')}>
        {(list) => (
          <Section>
            {list.map((b) => (
              <View key={b.id} className='bookings__item'>
                {/* the row opens the receipt: its 预约号, QR code, materials, 改约 */}
                <Cell
                  title={localized(locale, b.serviceName, b.serviceNameHant)}
                  subtitle={
                    <>
                      <View className='bookings__reference'>
                        {t('gov.bookings.reference', { reference: groupedReference(b.reference) })}
                      </View>
                      <View>{localized(locale, b.hallName, b.hallNameHant)}</View>
                      <View>{visitTime(t, b)}</View>
                      <View>{t('gov.bookings.who', { name: maskName(b.name), phone: maskPhone(b.phone) })}</View>
                    </>
                  }
                  extra={<BookingStatusTag t={t} status={b.status} />}
                  onClick={() => go(routes.receipt(b.id))}
                />
                {b.status === 'active' ? (
                  <InlineConfirm
                    className='bookings__actions'
                    label={t('gov.bookings.cancel')}
                    confirmLabel={t('gov.bookings.confirmCancel')}
                    cancelLabel={t('gov.bookings.keep')}
                    onConfirm={() => cancel(b.id)}
                  />
                ) : null}
              </View>
            ))}
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}
