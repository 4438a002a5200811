import { Picker, Switch, Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { useEffect } from 'react'
import homeGrid from '@/generated/home-grid.json'
import type { ZoneId } from '@/core/domain'
import type { IconName } from '@/core/icons'
import { localized } from '@/core/i18n'
import { accessibleName } from '@/components/a11y'
import { Page } from '@/components/page'
import { Grid, Icon, Section, type GridItem } from '@/components/ui'
import { TabBar } from '@/components/tab-bar'
import { useTranslate } from '@/components/use-translate'
import { callPhone } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { isZoneId, zoneById, ZONES } from '@/zones'
import { moduleEntries } from './module-entries'
import './index.scss'
import { useRouteParam } from '@/platform/route-params'

const GRID_SIZE = 7
/** written by the build from the zones' home grids, whose icons are checked there */
const HOME_GRID = homeGrid as Record<ZoneId, { id: string; name: string; nameHant: string; icon: IconName }[]>

export default function Home() {
  const t = useTranslate()
  const zoneParam = useRouteParam('zone')
  const zoneId = useZone((s) => s.zoneId)
  const setZone = useZone((s) => s.setZone)
  const locale = useSettings((s) => s.locale)
  const elderMode = useSettings((s) => s.elderMode)
  const setElderMode = useSettings((s) => s.setElderMode)
  const zone = zoneById(zoneId)

  // deep links: /pages/home/index?zone=shenjiang
  useEffect(() => {
    if (isZoneId(zoneParam)) setZone(zoneParam)
  }, [zoneParam, setZone])

  useShareAppMessage(() => ({ title: t(zone.nameKey), path: routes.home({ zone: zone.id }) }))

  const grid: GridItem[] = HOME_GRID[zone.id].slice(0, GRID_SIZE).map((s) => ({
    key: s.id,
    label: localized(locale, s.name, s.nameHant),
    icon: s.icon,
    onClick: () => go(routes.guide(s.id))
  }))
  grid.push({
    key: 'all',
    label: t('home.all'),
    icon: 'layout-grid',
    onClick: () => go(routes.catalogue({ featured: zone.crossCity ? undefined : 1 }))
  })

  return (
    <Page title={t('app.name')} className='home'>
      <View className='home__hero'>
        <Picker
          mode='selector'
          range={ZONES.map((z) => t(z.nameKey))}
          value={ZONES.indexOf(zone)}
          onChange={(e) => setZone(ZONES[Number(e.detail.value)].id)}
        >
          <View className='home__zone' aria-label={t('zone.switch')}>
            <Text className='home__zone-name'>{t(zone.nameKey)}</Text>
            <Text className='home__zone-switch'>{t('zone.switch')} ▾</Text>
          </View>
        </Picker>
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
