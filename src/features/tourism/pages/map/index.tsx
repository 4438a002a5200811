// 景点地图: on WeChat and Alipay the host's own map with a marker per sight (a tap shows its card: 导航, 详情); on H5,
// which has no map of its own, the list with distances and a link that opens each sight on a web map. Both sort by
// distance from the user (asked only on the tap) or from a chosen station.
import { Button, Map, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Translate } from '@/core/i18n'
import type { Sight, Station } from '@/core/tourism/types'
import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { openMap } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { openWebMap } from '@/platform/web-map'
import { pageUrl } from '@/routes'
import { useSights, useStations } from '../../api'
import { SortBar } from '../../components/sort-bar'
import { districtText } from '../../format'
import { tourismMessages } from '../../i18n'
import { useSightOrder } from '../../model'
import '../../tourism.scss'

/** the mini-programs draw the host's map; H5 lists the sights with a web-map link each */
const NATIVE_MAP = process.env.TARO_ENV === 'weapp' || process.env.TARO_ENV === 'alipay'
/** copied into the subpackage by config/index.ts (copy.patterns) */
const MARKER_ICON = '/features/tourism/assets/marker.png'
/** the middle of Jiangmen, to start from before the map fits the markers */
const CENTRE = { latitude: 22.25, longitude: 112.75 }
/** a marker's label, shown when it is tapped, in the theme's colours */
const CALLOUT = {
  color: '#1f2937',
  fontSize: 14,
  anchorX: 0,
  anchorY: 0,
  borderRadius: 4,
  borderWidth: 1,
  borderColor: '#d9dee5',
  bgColor: '#ffffff',
  padding: 6,
  display: 'BYCLICK' as const,
  textAlign: 'center' as const
}

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
  const markers = sights.map((s, i) => ({
    id: i,
    latitude: s.latitude,
    longitude: s.longitude,
    title: s.name,
    iconPath: MARKER_ICON,
    width: 24,
    height: 32,
    callout: { ...CALLOUT, content: s.name }
  }))
  // the marker's id is its index; Alipay puts it on the event itself, WeChat in detail
  const pick = (e: { detail?: { markerId?: number | string } }) =>
    setPicked(sights[Number(e.detail?.markerId ?? (e as { markerId?: number | string }).markerId)])
  return (
    <>
      {NATIVE_MAP && !mapFailed ? (
        <Map
          id='tourism-map'
          className='tourism-map'
          latitude={CENTRE.latitude}
          longitude={CENTRE.longitude}
          scale={8}
          markers={markers}
          includePoints={sights.map(({ latitude, longitude }) => ({ latitude, longitude }))}
          onMarkerTap={pick}
          onCalloutTap={pick}
          onCallOutTap={pick}
          onError={() => setMapFailed(true)}
          aria-label={t('tourism.map.label', { count: sights.length })}
        />
      ) : (
        <Text className='tourism-note'>{t(mapFailed ? 'tourism.map.failed' : 'tourism.map.web')}</Text>
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
            <Text className='tourism-row__meta'>
              {km !== undefined
                ? `${districtText(t, s)} · ${t('tourism.km', { km: km.toFixed(1) })}`
                : `${districtText(t, s)} · ${s.address}`}
            </Text>
            <View className='tourism-place__actions'>
              <Button
                className='wst-button wst-button--small wst-button--secondary'
                onClick={() => void (NATIVE_MAP ? openMap(s) : openWebMap(s))}
                aria-label={`${t(NATIVE_MAP ? 'tourism.sight.navigate' : 'tourism.map.open')} ${s.name}`}
              >
                {t(NATIVE_MAP ? 'tourism.sight.navigate' : 'tourism.map.open')}
              </Button>
            </View>
          </View>
        ))}
      </Section>
      <Text className='tourism-note'>{t('tourism.sight.coordinates')}</Text>
    </>
  )
}

/** the sight of the tapped marker */
function PickedCard({ t, sight: s }: { t: Translate; sight: Sight }) {
  return (
    <Section title={s.name}>
      <Text className='tourism-note'>{`${districtText(t, s)} · ${s.address}`}</Text>
      <View className='tourism-place__actions tourism-prose'>
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
