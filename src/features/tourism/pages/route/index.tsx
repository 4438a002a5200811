// 线路详情: each day's stops with the times at each and the minutes between them, whether each sight is open today,
// the tickets to buy (a 联票 covers the stops it names) and their total for each kind of visitor, all computed from
// the sights' own data; the time from Shenzhen or Zhongshan in the fusion zones. Favourite, share, 导航 to a stop.
import { Text, View } from '@tarojs/components'
import { openMap } from '@/platform/contact'
import { useShareAppMessage } from '@tarojs/taro'
import type { Translate } from '@/core/i18n'
import { openingStatus } from '@/core/tourism/hours'
import { routeCost, routeSights, routeTickets, routeTotals } from '@/core/tourism/routes'
import type { ConcessionPolicy, Sight, TourRoute } from '@/core/tourism/types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { ROUTE_SOURCE, useConcessionPolicies, useRoute, useSavedRecord, useSights, useStations } from '../../api'
import { FactRows } from '@/components/fact-rows'
import { FavouriteButton } from '../../components/favourite-button'
import { crossCityText, minutesText, priceText, statusText, statusTone, ticketText } from '../../format'
import { tourismMessages } from '../../i18n'
import { sightMap, useOriginCity, VISITORS } from '../../model'
import '../../tourism.scss'

export default function RoutePage() {
  const t = useTranslate(tourismMessages)
  const id = useRouteParam('id') ?? ''
  const route = useRoute(id)
  const sights = useSights()
  const policies = useConcessionPolicies()
  useShareAppMessage(() => ({
    title: route.data?.name ?? t('tourism.route.title'),
    path: pageUrl('tourism', 'route', { id })
  }))
  return (
    <Page title={t('tourism.route.title')}>
      <AsyncView query={route} t={t}>
        {(r) => (
          <AsyncView query={sights} t={t}>
            {(all) => <RouteView t={t} route={r} sights={all} policies={policies.data ?? []} />}
          </AsyncView>
        )}
      </AsyncView>
    </Page>
  )
}

interface RouteViewProps {
  t: Translate
  route: TourRoute
  sights: Sight[]
  policies: ConcessionPolicy[]
}

function RouteView({ t, route: r, sights, policies }: RouteViewProps) {
  const saved = useSavedRecord(ROUTE_SOURCE, r.id, t)
  const byId = sightMap(sights)
  const totals = routeTotals(r, byId)
  const tickets = routeTickets(r, byId)
  const rulesOf = (s: Sight) => policies.find((p) => p.id === s.concessionPolicy)?.rules ?? []
  const origin = useOriginCity()
  const stations = useStations().data ?? []
  const [first] = routeSights(r, byId)
  const now = Date.now()
  return (
    <>
      <Banner>{t('tourism.routes.sample')}</Banner>
      <Section title={r.name}>
        <Text className='wst-prose'>{r.summary}</Text>
        <FactRows
          rows={[
            [t('tourism.route.length'), t('tourism.route.days', { count: r.days.length })],
            ...(r.stay ? [[t('tourism.route.stay'), r.stay] as const] : []),
            [t('tourism.route.tickets'), priceText(t, totals.tickets)]
          ]}
        />
        <View className='tourism-actions'>
          <FavouriteButton t={t} saved={saved} />
        </View>
      </Section>
      {origin && first ? (
        <Section title={t(`tourism.fromTitle.${origin}`)}>
          <Text className='wst-prose'>
            {`${t('tourism.route.toFirst', { name: first.name })}${crossCityText(
              t,
              origin,
              first.from[origin],
              stations.find((s) => s.id === first.from[origin].rail.station)?.name ?? ''
            )}`}
          </Text>
          <Text className='wst-note'>{t('tourism.from.note')}</Text>
        </Section>
      ) : null}
      {r.days.map((day, i) => (
        <Section
          key={i}
          title={
            r.days.length > 1
              ? t('tourism.route.day', { n: i + 1, start: totals.days[i].start, end: totals.days[i].end })
              : t('tourism.route.oneDay', { start: totals.days[i].start, end: totals.days[i].end })
          }
        >
          <View className='tourism-stops'>
            {day.stops.map((stop, j) => {
              const sight = byId.get(stop.sight)
              if (!sight) return null
              const status = openingStatus(sight.hours, now)
              return (
                <View key={`${stop.sight}-${j}`} className='tourism-stop'>
                  <Text className='tourism-stop__time'>{`${stop.arrive}–${stop.leave}`}</Text>
                  <View
                    className='tourism-stop__name'
                    role='link'
                    hoverClass='tourism-link--pressed'
                    onClick={() => go(pageUrl('tourism', 'sight', { id: sight.id }))}
                  >
                    {sight.name}
                  </View>
                  <View className='wst-row'>
                    <Tag tone={statusTone(status)}>{`${t('tourism.route.today')}${statusText(t, status)}`}</Tag>
                  </View>
                  {stop.note ? <Text className='tourism-stop__note'>{stop.note}</Text> : null}
                  <View
                    className='tourism-link'
                    role='button'
                    aria-label={`${t('tourism.sight.navigate')} ${sight.name}`}
                    hoverClass='tourism-link--pressed'
                    onClick={() => void openMap(sight)}
                  >
                    {t('tourism.sight.navigate')}
                  </View>
                  {stop.next ? (
                    <Text className='tourism-stop__leg'>
                      {`↓ ${t(`tourism.leg.${stop.next.mode}`, { time: minutesText(t, stop.next.minutes) })}`}
                    </Text>
                  ) : null}
                </View>
              )
            })}
          </View>
          <Text className='wst-note'>
            {t('tourism.route.dayTotals', {
              visit: minutesText(t, totals.days[i].visit),
              travel: minutesText(t, totals.days[i].travel)
            })}
          </Text>
        </Section>
      ))}
      <Section title={t('tourism.route.ticketsTitle')}>
        <FactRows
          prices
          rows={tickets.map(
            ({ sight, ticket }) => [`${sight.name} · ${ticketText(t, ticket)}`, priceText(t, ticket.price)] as const
          )}
        />
        <FactRows
          prices
          rows={VISITORS.map(
            ({ key, visitor }) =>
              [t(`tourism.visitor.${key}`), priceText(t, routeCost(tickets, rulesOf, visitor))] as const
          )}
        />
        <Text className='wst-note'>{t('tourism.route.ticketsNote')}</Text>
      </Section>
    </>
  )
}
