import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ErrorView } from '@/components/error-view'
import { Page } from '@/components/page'
import { Cell, Empty, Section } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import { useTranslate } from '@/components/use-translate'
import { useSettings } from '@/stores/settings'
import { govApi } from '../../api'
import { ServiceRow } from '../../components/service-row'
import { govMessages } from '../../i18n'
import { PAGE_SIZE } from '../../model'
import { useRouteParam } from '@/platform/route-params'

export default function HallPage() {
  const t = useTranslate(govMessages)
  const id = useRouteParam('id') ?? ''
  const locale = useSettings((s) => s.locale)
  const hall = useAsync(() => govApi.getHall(id, locale), [id, locale])
  const [shown, setShown] = useState(PAGE_SIZE)
  const h = hall.data

  if (hall.error)
    return (
      <Page title={t('gov.hall.title')}>
        <ErrorView t={t} error={hall.error} onRetry={hall.reload} />
      </Page>
    )
  if (!h)
    return (
      <Page title={t('gov.hall.title')}>
        <Empty message={t('common.loading')} />
      </Page>
    )

  return (
    <Page title={h.name}>
      <Section title={h.name}>
        <View className='wst-prose'>
          <Text className='wst-prose__p'>{h.address}</Text>
          <Text className='wst-prose__p'>{t('gov.guide.hours', { hours: h.hours })}</Text>
        </View>
        <Cell
          title={t('common.call', { phone: h.phone })}
          onClick={() => void Taro.makePhoneCall({ phoneNumber: h.phone }).catch(() => undefined)}
        />
        <Cell
          title={t('gov.guide.navigate')}
          onClick={() =>
            void Taro.openLocation({
              latitude: h.latitude,
              longitude: h.longitude,
              name: h.name,
              address: h.address
            }).catch(() => undefined)
          }
        />
      </Section>
      <Section title={t('gov.hall.services', { count: h.services.length })}>
        {h.services.slice(0, shown).map((s) => (
          <ServiceRow key={s.id} service={s} t={t} />
        ))}
      </Section>
      {h.services.length > shown ? (
        <Button className='wst-button wst-button--secondary' onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {t('gov.catalogue.more', { count: h.services.length - shown })}
        </Button>
      ) : null}
    </Page>
  )
}
