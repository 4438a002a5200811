// 景点地图: on WeChat and Alipay the host's own map with a marker per sight (a tap shows its card: 导航, 详情); on H5,
// which has no map of its own, the list with distances and a link that opens each sight on a web map. Both sort by
// distance from the user (asked only on the tap) or from a chosen station.
import { Button, Text, View } from '@tarojs/components'
import { openMap } from '@/platform/contact'
import { useState } from 'react'
import type { Translate } from '@/core/i18n'
import type { Sight, Station } from '@/core/tourism/types'
import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useSights, useStations } from '../../api'
import { HAS_HOST_MAP, HostMap } from '@/components/host-map'
import { SortBar } from '../../components/sort-bar'
import { districtText } from '../../format'
import { tourismMessages } from '../../i18n'
import { useSightOrder } from '../../model'
import '../../tourism.scss'

export default function MapPage() {
  const t = useTranslate(tourismMessages)
  const sights = useSights()
  const stations = useStations()
  return (
    <Page title={t('tourism.map.title')}>
      <AsyncView query={sights} t={t}>
        {(list) => <SightsMap t={t} sights={list} stations={stations.data ?? []} />}
      </AsyncView>
    </Page>
  )
}

function SightsMap({ t, sights, stations }: { t: Translate; sights: Sight[]; stations: Station[] }) {
  const sort = useSightOrder(sights, stations)
  const [picked, setPicked] = useState<Sight>()
  // a host that cannot draw the map still has the list below
  const [mapFailed, setMapFailed] = useState(false)
  // the hosts open their own map app from 导航; H5 opens a web map
  const linkKey = HAS_HOST_MAP ? 'tourism.sight.navigate' : 'tourism.map.open'
  return (
    <>
      {HAS_HOST_MAP && !mapFailed ? (
        <HostMap
          id='tourism-map'
          places={sights}
          label={t('tourism.map.label', { count: sights.length })}
          onPick={setPicked}
          onError={() => setMapFailed(true)}
        />
      ) : (
        <Text className='wst-note'>{t(mapFailed ? 'tourism.map.failed' : 'tourism.map.web')}</Text>
      )}
      {picked ? <PickedCard t={t} sight={picked} /> : null}
      <SortBar t={t} stations={stations} sort={sort} />
      <Section title={t('tourism.sights.count', { count: sights.length })}>
        {sort.rows.map(({ item: s, km }) => (
          <View key={s.id} className='tourism-place'>
            <View
              className='tourism-place__name'
              role='link'
              hoverClass='tourism-link--pressed'
              onClick={() => go(pageUrl('tourism', 'sight', { id: s.id }))}
            >
              {s.name}
            </View>
            <Text className='wst-row__meta'>
              {km !== undefined
                ? `${districtText(t, s)} · ${t('tourism.km', { km: km.toFixed(1) })}`
                : `${districtText(t, s)} · ${s.address}`}
            </Text>
            <View className='tourism-place__actions'>
              <Button
                className='wst-button wst-button--small wst-button--secondary'
                onClick={() => void openMap(s)}
                aria-label={`${t(linkKey)} ${s.name}`}
              >
                {t(linkKey)}
              </Button>
            </View>
          </View>
        ))}
      </Section>
      <Text className='wst-note'>{t('tourism.sight.coordinates')}</Text>
    </>
  )
}

/** the sight of the tapped marker */
function PickedCard({ t, sight: s }: { t: Translate; sight: Sight }) {
  return (
    <Section title={s.name}>
      <Text className='wst-note'>{`${districtText(t, s)} · ${s.address}`}</Text>
      <View className='tourism-place__actions wst-prose'>
        <Button className='wst-button wst-button--small' onClick={() => void openMap(s)}>
          {t('tourism.sight.navigate')}
        </Button>
        <Button
          className='wst-button wst-button--small wst-button--secondary'
          onClick={() => go(pageUrl('tourism', 'sight', { id: s.id }))}
        >
          {t('tourism.map.detail')}
        </Button>
      </View>
    </Section>
  )
}
