// 文旅服务's home: one link to every part of the module (sights first), with a count or a note each.
import { Text } from '@tarojs/components'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useRoutes, useSights } from '../../api'
import { tourismMessages } from '../../i18n'
import { useOriginCity } from '../../model'
import '../../tourism.scss'

export default function TourismHome() {
  const t = useTranslate(tourismMessages)
  const sights = useSights()
  const routes = useRoutes()
  const origin = useOriginCity()
  return (
    <Page title={t('tourism.home.title')}>
      <Banner>{t('tourism.home.sample')}</Banner>
      <Text className='wst-note'>{t('tourism.home.intro')}</Text>
      {origin ? <Text className='wst-note'>{t(`tourism.home.from.${origin}`)}</Text> : null}
      <AsyncView query={sights} t={t}>
        {(list) => (
          <Section title={t('tourism.home.explore')}>
            <Cell
              title={t('tourism.home.sights')}
              subtitle={t('tourism.home.sightsNote', { count: list.length })}
              onClick={() => go(pageUrl('tourism', 'sights'))}
            />
            <Cell
              title={t('tourism.home.map')}
              subtitle={t('tourism.home.mapNote')}
              onClick={() => go(pageUrl('tourism', 'map'))}
            />
            <Cell
              title={t('tourism.home.routes')}
              subtitle={t('tourism.home.routesNote', { count: routes.data?.length ?? 0 })}
              onClick={() => go(pageUrl('tourism', 'routes'))}
            />
          </Section>
        )}
      </AsyncView>
      <Section title={t('tourism.culture.home')}>
        <Cell
          title={t('tourism.events.title')}
          subtitle={t('tourism.culture.eventsNote')}
          onClick={() => go(pageUrl('tourism', 'events'))}
        />
        <Cell
          title={t('tourism.venues.title')}
          subtitle={t('tourism.culture.venuesNote')}
          onClick={() => go(pageUrl('tourism', 'venues'))}
        />
        <Cell
          title={t('tourism.reserve.mine')}
          subtitle={t('tourism.culture.reservationsNote')}
          onClick={() => go(pageUrl('tourism', 'reservations'))}
        />
      </Section>
    </Page>
  )
}
