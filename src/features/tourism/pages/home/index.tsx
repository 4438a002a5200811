// 文旅服务's home: one link to every part of the module (sights first), with a count or a note each.
import { Text } from '@tarojs/components'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useSights } from '../../api'
import { tourismMessages } from '../../i18n'
import '../../tourism.scss'

export default function TourismHome() {
  const t = useTranslate(tourismMessages)
  const sights = useSights()
  return (
    <Page title={t('tourism.home.title')}>
      <Banner>{t('tourism.home.sample')}</Banner>
      <Text className='tourism-note'>{t('tourism.home.intro')}</Text>
      <AsyncView query={sights} t={t}>
        {(list) => (
          <Section title={t('tourism.home.explore')}>
            <Cell
              title={t('tourism.home.sights')}
              subtitle={t('tourism.home.sightsNote', { count: list.length })}
              onClick={() => go(pageUrl('tourism', 'sights'))}
            />
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}
