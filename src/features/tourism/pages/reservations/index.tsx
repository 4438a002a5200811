// 我的场馆预约: the user's venue reservations, newest first, each with its 预约号, day, slot, party and status in
// words, opening its receipt; an active one can be cancelled (asked first). Reservations still waiting in the
// outbox (待发送, made offline) come first and are sent again when the list is shown.
import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { groupedReference } from '@/core/booking'
import { localized } from '@/core/i18n'
import { maskPhone } from '@/core/validators'
import { AsyncView } from '@/components/async-view'
import { errorMessage } from '@/components/error-view'
import { InlineConfirm } from '@/components/inline-confirm'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useSettings } from '@/stores/settings'
import { ReservationStatusTag } from '../../components/reservation-status'
import { cultureApi, reservationOutbox, useReservations, useVenues } from '../../culture-api'
import { weekdayText } from '../../culture-model'
import { tourismMessages } from '../../i18n'
import '../../tourism.scss'
import '../../culture.scss'

export default function ReservationsPage() {
  const t = useTranslate(tourismMessages)
  const locale = useSettings((s) => s.locale)
  const reservations = useReservations()
  const venues = useVenues().data ?? []
  const waiting = Object.values(reservationOutbox.useOutbox((s) => s.items)).filter((i) => !i.refused)
  usePullDownReload([reservations], () => reservationOutbox.flush())
  useDidShow(() => {
    reservationOutbox.watch()
    void reservationOutbox.flush().then(() => reservations.reload())
  })

  const cancel = async (id: string) => {
    try {
      await cultureApi.cancelReservation(id)
      void Taro.showToast({ title: t('tourism.reserve.cancelledToast'), icon: 'none' })
      return true
    } catch (e) {
      void Taro.showToast({ title: errorMessage(t, e), icon: 'none' })
      return false
    }
  }

  return (
    <Page title={t('tourism.reserve.mine')}>
      {waiting.length ? (
        <Section title={t('tourism.reserve.waiting', { count: waiting.length })}>
          {waiting.map(({ request: q }) => (
            <Cell
              key={q.idempotencyKey}
              title={venues.find((v) => v.id === q.venueId)?.name ?? q.venueId}
              subtitle={`${q.date} ${weekdayText(t, q.date)} ${q.slot}`}
              extra={<Tag tone='warn'>{t('tourism.reserve.status.waiting')}</Tag>}
            />
          ))}
        </Section>
      ) : null}
      <AsyncView query={reservations} t={t} empty={t('tourism.reserve.empty')}>
        {(list) => (
          <Section>
            {list.map((r) => (
              <View key={r.id} className='tourism-reservation'>
                <Cell
                  title={localized(locale, r.venueName, r.venueNameHant)}
                  subtitle={
                    <>
                      <View>{t('tourism.reserve.referenceLine', { reference: groupedReference(r.reference) })}</View>
                      <View>{`${r.date} ${weekdayText(t, r.date)} ${r.slot}`}</View>
                      <View>
                        {t('tourism.reserve.partyLine', { count: r.visitors.length, phone: maskPhone(r.phone) })}
                      </View>
                    </>
                  }
                  extra={<ReservationStatusTag t={t} status={r.status} />}
                  onClick={() => go(pageUrl('tourism', 'reservation', { id: r.id }))}
                />
                {r.status === 'active' ? (
                  <InlineConfirm
                    label={t('tourism.reserve.cancel')}
                    confirmLabel={t('tourism.reserve.confirmCancel')}
                    cancelLabel={t('tourism.reserve.keep')}
                    onConfirm={() => cancel(r.id)}
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
