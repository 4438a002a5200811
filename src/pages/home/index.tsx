import { Switch, Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import homeGrid from '@/generated/home-grid.json'
import type { ZoneId } from '@/core/domain'
import type { IconName } from '@/core/icons'
import { localized } from '@/core/i18n'
import { accessibleName } from '@/components/a11y'
import { Page } from '@/components/page'
// ui before chip-group: the stylesheets keep one order in every chunk
import { Cell, Grid, Icon, Section, type GridItem } from '@/components/ui'
import { ChipGroup } from '@/components/chip-group'
import { TabBar } from '@/components/tab-bar'
import { useTranslate } from '@/components/use-translate'
import { callPhone } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { moduleById } from '@/modules'
import { linkUrl, routes } from '@/routes'
import { useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { isZoneId, zoneById, ZONES, type TopicLink } from '@/zones'
import { moduleEntries } from './module-entries'
import './index.scss'
import { useRouteParam } from '@/platform/route-params'

const GRID_SIZE = 7
/** written by the build from the zones' home grids, whose icons are checked there */
const HOME_GRID = homeGrid as Record<
  ZoneId,
  { id: string; name: string; nameHant: string; icon: IconName; situation?: string }[]
>

/** where a zone topic leads (src/zones) */
function topicUrl(zoneTopic: string, to: TopicLink): string {
  if ('services' in to) return routes.catalogue({ topic: zoneTopic })
  if ('catalogue' in to) return routes.catalogue(to.catalogue)
  if ('bundle' in to) return routes.bundle(to.bundle)
  if ('module' in to) {
    const module = moduleById(to.module)
    return module ? linkUrl(module, { page: to.page }) : routes.home()
  }
  return routes.guide(to.guide, to.situation)
}

export default function Home() {
  const t = useTranslate()
  const zoneParam = useRouteParam('zone')
  const zoneId = useZone((s) => s.zoneId)
  const setZone = useZone((s) => s.setZone)
  const locale = useSettings((s) => s.locale)
  const elderMode = useSettings((s) => s.elderMode)
  const setElderMode = useSettings((s) => s.setElderMode)
  const zone = zoneById(zoneId)
  // the zone switch: a short list of the three zones, opened in place (no wheel, no popup in elder mode either)
  const [switching, setSwitching] = useState(false)

  // deep links: /pages/home/index?zone=shenjiang
  useEffect(() => {
    if (isZoneId(zoneParam)) setZone(zoneParam)
  }, [zoneParam, setZone])

  useShareAppMessage(() => ({ title: t(zone.nameKey), path: routes.home({ zone: zone.id }) }))

  const grid: GridItem[] = HOME_GRID[zone.id].slice(0, GRID_SIZE).map((s) => ({
    key: s.id,
    label: localized(locale, s.name, s.nameHant),
    icon: s.icon,
    onClick: () => go(routes.guide(s.id, s.situation))
  }))
  grid.push({
    key: 'all',
    label: t('home.all'),
    icon: 'layout-grid',
    onClick: () => go(routes.catalogue({ featured: zone.crossCity ? undefined : 1 }))
  })

  return (
    <Page title={t('app.name')} className='home' zoneInTitle={false}>
      <View className='home__hero'>
        <View className='home__zone'>
          <Text className='home__zone-name'>{t(zone.nameKey)}</Text>
          <View
            className='home__zone-switch'
            role='button'
            aria-expanded={switching}
            onClick={() => setSwitching(!switching)}
          >
            {`${t('zone.switch')} ${switching ? '▴' : '▾'}`}
          </View>
        </View>
        {switching ? (
          <ChipGroup
            kind='single'
            className='home__zones'
            label={t('zone.switch')}
            options={ZONES.map((z) => ({ value: z.id, label: `${z.id === zone.id ? '✓ ' : ''}${t(z.nameKey)}` }))}
            value={zone.id}
            onChange={(id) => {
              setZone(id)
              setSwitching(false)
            }}
          />
        ) : null}
        <Text className='home__intro'>{t(zone.introKey)}</Text>
        <Text className='home__intro'>
          {t('zone.cities', { cities: zone.cities.map((c) => t(`city.${c}`)).join('、') })}
        </Text>
        <View className='home__search' onClick={() => go(routes.search())} hoverClass='home__search--pressed'>
          <Icon name='search' tone='muted' className='home__search-icon' />
          <Text>{t('home.searchPlaceholder')}</Text>
        </View>
      </View>

      <View className='home__elder'>
        <Text className='home__elder-label'>{elderMode ? t('home.elderOn') : t('home.elderEntry')}</Text>
        <Switch
          checked={elderMode}
          onChange={(e) => setElderMode(e.detail.value)}
          color='#0b5cad'
          {...accessibleName(t('home.elderEntry'))}
        />
      </View>

      <Section title={t('home.hotServices')}>
        <Grid items={grid} />
      </Section>

      <Section title={t('zone.topics')}>
        {zone.topics.map((topic) => (
          <Cell
            key={topic.id}
            title={t(topic.titleKey)}
            subtitle={t(topic.descKey)}
            onClick={() => go(topicUrl(topic.id, topic.to))}
          />
        ))}
      </Section>

      <Section title={t('home.modules')}>
        <Grid
          items={moduleEntries(zone.id).map((entry) => ({
            key: entry.key,
            label: t(entry.labelKey),
            icon: entry.icon,
            onClick: () => go(entry.url)
          }))}
        />
      </Section>

      <View className='home__footer'>
        <Text className='home__hotline' onClick={() => void callPhone(zone.hotline)}>
          {t('home.hotline', { hotline: zone.hotline })}
        </Text>
        <Text className='home__notice'>{t('home.sampleNotice')}</Text>
      </View>
      <TabBar tab='home' />
    </Page>
  )
}
