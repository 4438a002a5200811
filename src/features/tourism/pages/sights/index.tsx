// 景点: every sight with its levels, district, whether it is open now and, in the fusion zones, the drive from the
// zone's other city; filtered by level, sorted by distance from the user (asked only on the tap) or a station.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Sight, Station } from '@/core/tourism/types'
import type { Translate } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import { ChipGroup } from '@/components/chip-group'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Empty, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { useSights, useStations } from '../../api'
import { SightRow } from '../../components/sight-row'
import { SortBar } from '../../components/sort-bar'
import { tourismMessages } from '../../i18n'
import { useOriginCity, useSightOrder } from '../../model'
import '../../tourism.scss'

const FILTERS = ['all', 'world-heritage', '5A', '4A', 'free'] as const
type Filter = (typeof FILTERS)[number]

const matches = (s: Sight, f: Filter): boolean =>
  f === 'all' ? true : f === 'free' ? s.tickets.every((x) => x.price === 0) : s.levels.includes(f)

export default function SightsPage() {
  const t = useTranslate(tourismMessages)
  const sights = useSights()
  const stations = useStations()
  usePullDownReload([sights, stations])
  return (
    <Page title={t('tourism.sights.title')}>
      <AsyncView query={sights} t={t} empty={t('tourism.sights.empty')}>
        {(list) => <SightList t={t} sights={list} stations={stations.data ?? []} />}
      </AsyncView>
    </Page>
  )
}

function SightList({ t, sights, stations }: { t: Translate; sights: Sight[]; stations: Station[] }) {
  const [filter, setFilter] = useState<Filter>('all')
  const origin = useOriginCity()
  const sort = useSightOrder(sights, stations)
  const rows = sort.rows.filter((r) => matches(r.item, filter))
  const now = Date.now()
  return (
    <>
      <View className='wst-filters'>
        <Text className='tourism-filters__label'>{t('tourism.filter.label')}</Text>
        <ChipGroup
          kind='single'
          label={t('tourism.filter.label')}
          value={filter}
          options={FILTERS.map((f) => ({ value: f, label: t(`tourism.filter.${f}`) }))}
          onChange={setFilter}
        />
      </View>
      <SortBar t={t} stations={stations} sort={sort} />
      <Section title={t('tourism.sights.count', { count: rows.length })}>
        {rows.length ? (
          rows.map(({ item, km }) => <SightRow key={item.id} t={t} sight={item} km={km} origin={origin} now={now} />)
        ) : (
          <Empty message={t('tourism.sights.empty')} />
        )}
      </Section>
    </>
  )
}
