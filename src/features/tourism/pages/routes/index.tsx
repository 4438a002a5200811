// 推荐线路: the one- and two-day routes, each with its days, stops and ticket total (from the sights' prices) and, in
// the fusion zones, the time from the zone's other city to its first stop.
import { Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import { routeSights, routeTotals } from '@/core/tourism/routes'
import type { Sight, TourRoute } from '@/core/tourism/types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useRoutes, useSights } from '../../api'
import { minutesText, priceText } from '../../format'
import { tourismMessages } from '../../i18n'
import { sightMap, useOriginCity } from '../../model'
import '../../tourism.scss'

export default function RoutesPage() {
  const t = useTranslate(tourismMessages)
  const routes = useRoutes()
  const sights = useSights()
  usePullDownReload([routes, sights])
  return (
    <Page title={t('tourism.routes.title')}>
      <Banner>{t('tourism.routes.sample')}</Banner>
      <AsyncView query={sights} t={t}>
        {(all) => (
          <AsyncView query={routes} t={t} empty={t('tourism.routes.empty')}>
            {(list) => <RouteList t={t} routes={list} sights={all} />}
          </AsyncView>
        )}
      </AsyncView>
    </Page>
  )
}

function RouteList({ t, routes, sights }: { t: Translate; routes: TourRoute[]; sights: Sight[] }) {
  const byId = sightMap(sights)
  const origin = useOriginCity()
  return (
    <Section title={t('tourism.routes.count', { count: routes.length })}>
      {routes.map((r) => {
        const totals = routeTotals(r, byId)
        const [first] = routeSights(r, byId)
        return (
          <Cell
            key={r.id}
            title={r.name}
            subtitle={
              <View className='wst-row'>
                <Text className='wst-row__meta'>
                  {[
                    t('tourism.route.days', { count: r.days.length }),
                    t('tourism.route.stops', { count: routeSights(r, byId).length }),
                    `${t('tourism.route.tickets')} ${priceText(t, totals.tickets)}`
                  ].join(' · ')}
                </Text>
                {origin && first ? (
                  <Text className='wst-row__meta'>
                    {t(`tourism.fromShort.${origin}`, { time: minutesText(t, first.from[origin].car) })}
                  </Text>
                ) : null}
              </View>
            }
            onClick={() => go(pageUrl('tourism', 'route', { id: r.id }))}
          />
        )
      })}
    </Section>
  )
}
