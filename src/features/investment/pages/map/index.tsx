// 园区地图: on WeChat and Alipay the host's own map with a marker per park (a tap shows its card: 导航, 详情); on H5,
// which has no map of its own, the list with distances and a link that opens each park on a web map. Both sort by
// the distance from the user (asked only on the tap) or by the drive from Shenzhen or Zhongshan; until then each row
// gives the drive from the zone's cities.
import { Button, Text, View } from '@tarojs/components'
import { openMap } from '@/platform/contact'
import { useState } from 'react'
import type { Translate } from '@/core/i18n'
import type { Park } from '@/core/investment/types'
import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useParks } from '../../api'
import { districtText, fromShortText, groupedNumber, minutesText, type FromCity } from '../../components/place-format'
import { HAS_HOST_MAP, HostMap } from '@/components/host-map'
import { useParkOrder, type PlacedPark } from '../../components/place-order'
import { useFromCities } from '../../components/place-origin'
import { PlaceSortBar } from '../../components/place-sort-bar'
import { investmentMessages } from '../../i18n'
import '../../investment.scss'

export default function MapPage() {
  const t = useTranslate(investmentMessages)
  const parks = useParks()
  return (
    <Page title={t('investment.map.title')}>
      <AsyncView query={parks} t={t}>
        {(list) => <ParksMap t={t} parks={list} />}
      </AsyncView>
    </Page>
  )
}

/** how far a row is: straight-line from the user, the drive from the chosen city, or from the zone's cities */
function distanceText(t: Translate, { park, km, city }: PlacedPark, cities: readonly FromCity[]): string {
  if (km !== undefined) return t('investment.km', { km: km.toFixed(1) })
  if (city)
    return t('investment.drive', {
      km: groupedNumber(park.from[city].km),
      time: minutesText(t, park.from[city].minutes)
    })
  return cities.map((c) => fromShortText(t, c, park.from[c])).join(' · ')
}

function ParksMap({ t, parks }: { t: Translate; parks: Park[] }) {
  const sort = useParkOrder(parks)
  const cities = useFromCities()
  const [picked, setPicked] = useState<Park>()
  // a host that cannot draw the map still has the list below
  const [mapFailed, setMapFailed] = useState(false)
  // the hosts open their own map app from 导航; H5 opens a web map
  const linkKey = HAS_HOST_MAP ? 'investment.park.navigate' : 'investment.map.open'
  return (
    <>
      {HAS_HOST_MAP && !mapFailed ? (
        <HostMap
          id='investment-map'
          places={parks}
          label={t('investment.map.label', { count: parks.length })}
          onPick={setPicked}
          onError={() => setMapFailed(true)}
        />
      ) : (
        <Text className='wst-note'>{t(mapFailed ? 'investment.map.failed' : 'investment.map.web')}</Text>
      )}
      {picked ? <PickedCard t={t} park={picked} /> : null}
      <PlaceSortBar t={t} sort={sort} />
      <Section title={t('investment.parks.count', { count: parks.length })}>
        {sort.rows.map((row) => (
          <View key={row.park.id} className='investment-place'>
            <View
              className='investment-place__name'
              role='link'
              hoverClass='investment-link--pressed'
              onClick={() => go(pageUrl('investment', 'park', { id: row.park.id }))}
            >
              {row.park.name}
            </View>
            <Text className='wst-row__meta'>
              {`${districtText(t, row.park.district)} · ${distanceText(t, row, cities)}`}
            </Text>
            <View className='investment-place__actions'>
              <Button
                className='wst-button wst-button--small wst-button--secondary'
                onClick={() => void openMap(row.park)}
                aria-label={`${t(linkKey)} ${row.park.name}`}
              >
                {t(linkKey)}
              </Button>
            </View>
          </View>
        ))}
      </Section>
      <Text className='wst-note'>{t('investment.park.coordinates')}</Text>
    </>
  )
}

/** the park of the tapped marker */
function PickedCard({ t, park: p }: { t: Translate; park: Park }) {
  return (
    <Section title={p.name}>
      <Text className='wst-note'>{`${districtText(t, p.district)} · ${p.address}`}</Text>
      <View className='investment-place__actions wst-prose'>
        <Button className='wst-button wst-button--small' onClick={() => void openMap(p)}>
          {t('investment.park.navigate')}
        </Button>
        <Button
          className='wst-button wst-button--small wst-button--secondary'
          onClick={() => go(pageUrl('investment', 'park', { id: p.id }))}
        >
          {t('investment.map.detail')}
        </Button>
      </View>
    </Section>
  )
}
