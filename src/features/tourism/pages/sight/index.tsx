// 景点详情: what it is and whether it is open now; where (导航), hours, stay, phone; tickets and who pays what;
// how to get there by rail, bus and car, and from Shenzhen or Zhongshan in the fusion zones; facilities, history and
// the routes that stop here. Favourite and share.
import { Button, Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import type { SightDetail } from '@/backend/tourism'
import type { Translate } from '@/core/i18n'
import { openingStatus } from '@/core/tourism/hours'
import { TRAVEL_MODES } from '@/core/tourism/types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone, openMap } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { SIGHT_SOURCE, useRoutes, useSavedRecord, useSight, useStations } from '../../api'
import { ComplaintButton } from '../../components/complaint-button'
import { CrowdSection } from '../../components/crowd'
import { FactRows } from '@/components/fact-rows'
import { FavouriteButton } from '../../components/favourite-button'
import {
  concessionText,
  crossCityText,
  districtText,
  durationText,
  hoursText,
  levelsText,
  priceText,
  statusText,
  statusTone,
  ticketText
} from '../../format'
import { tourismMessages } from '../../i18n'
import { useOriginCity } from '../../model'
import '../../tourism.scss'

export default function SightPage() {
  const t = useTranslate(tourismMessages)
  const id = useRouteParam('id') ?? ''
  const sight = useSight(id)
  useShareAppMessage(() => ({
    title: sight.data?.name ?? t('tourism.sight.title'),
    path: pageUrl('tourism', 'sight', { id })
  }))
  return (
    <Page title={t('tourism.sight.title')}>
      <AsyncView query={sight} t={t}>
        {(s) => <SightView t={t} sight={s} />}
      </AsyncView>
    </Page>
  )
}

function SightView({ t, sight: s }: { t: Translate; sight: SightDetail }) {
  const saved = useSavedRecord(SIGHT_SOURCE, s.id, t)
  const status = openingStatus(s.hours, Date.now())
  const stations = useStations().data ?? []
  const stationName = (id: string) => stations.find((x) => x.id === id)?.name ?? ''
  const origin = useOriginCity()
  const routes = (useRoutes().data ?? []).filter((r) => r.days.some((d) => d.stops.some((x) => x.sight === s.id)))
  return (
    <>
      <Banner>{t('tourism.home.sample')}</Banner>
      <Section title={s.name}>
        <View className='wst-row wst-prose'>
          {levelsText(t, s).map((l) => (
            <Tag key={l}>{l}</Tag>
          ))}
          <Tag tone={statusTone(status)}>{statusText(t, status)}</Tag>
        </View>
        <Text className='wst-prose'>{s.summary}</Text>
        <FactRows
          rows={[
            [t('tourism.sight.district'), districtText(t, s)],
            [t('tourism.sight.address'), s.address],
            [t('tourism.sight.hours'), hoursText(t, s.hours)],
            ...(s.hours.note ? [[t('tourism.sight.hoursNote'), s.hours.note] as const] : []),
            [t('tourism.sight.duration'), durationText(t, s.duration)],
            [t('tourism.sight.phone'), s.phone]
          ]}
        />
        <View className='tourism-actions'>
          <Button className='wst-button wst-button--secondary' onClick={() => void openMap(s)}>
            {t('tourism.sight.navigate')}
          </Button>
          <Button className='wst-button wst-button--secondary' onClick={() => void callPhone(s.phone)}>
            {t('common.call', { phone: s.phone })}
          </Button>
          <FavouriteButton t={t} saved={saved} />
          <ComplaintButton t={t} sight={s} />
        </View>
        <Text className='wst-note'>{t('tourism.sight.coordinates')}</Text>
      </Section>
      <CrowdSection t={t} sightId={s.id} hours={s.hours} />
      <Section title={t('tourism.sight.tickets')}>
        <FactRows prices rows={s.tickets.map((x) => [ticketText(t, x), priceText(t, x.price)] as const)} />
        {s.tickets
          .filter((x) => x.note)
          .map((x) => (
            <Text key={x.id} className='wst-note'>{`${x.name}：${x.note}`}</Text>
          ))}
      </Section>
      {s.concessions.length ? (
        <Section title={t('tourism.sight.concessions')}>
          <View className='tourism-list'>
            {s.concessions.map((c) => (
              <Text key={c.kind} className='tourism-list__item'>{`· ${concessionText(t, c)}`}</Text>
            ))}
          </View>
          <Text className='wst-note'>{t('tourism.sight.concessionsNote')}</Text>
        </Section>
      ) : null}
      <Section title={t('tourism.sight.access')}>
        <FactRows rows={TRAVEL_MODES.map((m) => [t(`tourism.mode.${m}`), s.access[m]] as const)} />
        <Text className='wst-note'>{t('tourism.sight.station', { station: stationName(s.station) })}</Text>
      </Section>
      {origin ? (
        <Section title={t(`tourism.fromTitle.${origin}`)}>
          <Text className='wst-prose'>
            {crossCityText(t, origin, s.from[origin], stationName(s.from[origin].rail.station))}
          </Text>
          <Text className='wst-note'>{t('tourism.from.note')}</Text>
        </Section>
      ) : null}
      <Section title={t('tourism.sight.facilities')}>
        <View className='wst-row wst-prose'>
          {s.facilities.map((f) => (
            <Tag key={f} tone='muted'>
              {t(`tourism.facility.${f}`)}
            </Tag>
          ))}
        </View>
      </Section>
      <Section title={t('tourism.sight.history')}>
        <Text className='wst-prose'>{s.history}</Text>
      </Section>
      {routes.length ? (
        <Section title={t('tourism.sight.routes')}>
          {routes.map((r) => (
            <Cell key={r.id} title={r.name} onClick={() => go(pageUrl('tourism', 'route', { id: r.id }))} />
          ))}
        </Section>
      ) : null}
    </>
  )
}
