import { Text, View } from '@tarojs/components'
import { AsyncView } from '@/components/async-view'
import { LoadMore } from '@/components/load-more'
import { Page } from '@/components/page'
import { Cell, Section } from '@/components/ui'
import { usePaged } from '@/components/use-paged'
import { useTranslate } from '@/components/use-translate'
import { callPhone, openMap } from '@/platform/contact'
import { useRouteParam } from '@/platform/route-params'
import { useHall } from '../../api'
import { ServiceRow } from '../../components/service-row'
import { govMessages } from '../../i18n'
import { PAGE_SIZE } from '../../model'

export default function HallPage() {
  const t = useTranslate(govMessages)
  const hall = useHall(useRouteParam('id') ?? '')
  const paged = usePaged(hall.data?.services ?? [], PAGE_SIZE)

  return (
    <Page title={hall.data?.name ?? t('gov.hall.title')}>
      <AsyncView query={hall} t={t}>
        {(h) => (
          <>
            <Section title={h.name}>
              <View className='wst-prose'>
                <Text className='wst-prose__p'>{h.address}</Text>
                <Text className='wst-prose__p'>{t('gov.guide.hours', { hours: h.hours })}</Text>
              </View>
              <Cell title={t('common.call', { phone: h.phone })} onClick={() => void callPhone(h.phone)} />
              <Cell title={t('gov.guide.navigate')} onClick={() => void openMap(h)} />
            </Section>
            <Section title={t('gov.hall.services', { count: h.services.length })}>
              {paged.shown.map((s) => (
                <ServiceRow key={s.id} service={s} t={t} />
              ))}
            </Section>
            <LoadMore paged={paged} t={t} />
          </>
        )}
      </AsyncView>
    </Page>
  )
}
