import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { localized } from '@/core/i18n'
import { maskName, maskPhone } from '@/core/validators'
import { ErrorView, errorMessage } from '@/components/error-view'
import { Page } from '@/components/page'
import { Cell, Empty, Section, Tag } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import { useTranslate } from '@/components/use-translate'
import { useSettings } from '@/stores/settings'
import { govApi } from '../../api'
import { govMessages } from '../../i18n'
import './index.scss'

export default function Bookings() {
  const t = useTranslate(govMessages)
  const locale = useSettings((s) => s.locale)
  const bookings = useAsync(() => govApi.listBookings(), [])
  // cancelling asks again inline, not in a pop-up (elder mode shows none)
  const [confirming, setConfirming] = useState('')

  const cancel = async (id: string) => {
    try {
      await govApi.cancelBooking(id)
      setConfirming('')
      bookings.reload()
      void Taro.showToast({ title: t('gov.bookings.cancelledToast'), icon: 'none' })
    } catch (e) {
      void Taro.showToast({ title: errorMessage(t, e), icon: 'none' })
    }
  }

  return (
    <Page title={t('gov.bookings.title')}>
      {bookings.error ? (
        <ErrorView t={t} error={bookings.error} onRetry={bookings.reload} />
      ) : !bookings.data ? (
        <Empty message={t('common.loading')} />
      ) : bookings.data.length === 0 ? (
        <Empty message={t('gov.bookings.empty')} />
      ) : (
        <Section>
          {bookings.data.map((b) => (
            <View key={b.id} className='bookings__item'>
              <Cell
                title={localized(locale, b.serviceName, b.serviceNameHant)}
                subtitle={
                  <>
                    <View>{localized(locale, b.hallName, b.hallNameHant)}</View>
                    <View>{t('gov.bookings.when', { date: b.date, slot: b.slot })}</View>
                    <View>{t('gov.bookings.who', { name: maskName(b.name), phone: maskPhone(b.phone) })}</View>
                  </>
                }
                extra={<Tag tone={b.status === 'active' ? 'ok' : 'muted'}>{t(`gov.bookings.${b.status}`)}</Tag>}
              />
              {b.status === 'active' ? (
                <View className='bookings__actions'>
                  {confirming === b.id ? (
                    <>
                      <Button className='wst-button wst-button--small' onClick={() => void cancel(b.id)}>
                        {t('gov.bookings.confirmCancel')}
                      </Button>
                      <Button
                        className='wst-button wst-button--small wst-button--secondary'
                        onClick={() => setConfirming('')}
                      >
                        {t('gov.bookings.keep')}
                      </Button>
                    </>
                  ) : (
                    <Button
                      className='wst-button wst-button--small wst-button--secondary'
                      onClick={() => setConfirming(b.id)}
                    >
                      {t('gov.bookings.cancel')}
                    </Button>
                  )}
                </View>
              ) : null}
            </View>
          ))}
        </Section>
      )}
    </Page>
  )
}
