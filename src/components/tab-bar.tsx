import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { TAB_ICONS } from '@/core/icons'
import type { TabId } from '@/module-record'
import { go } from '@/platform/navigation'
import { TAB_PAGES } from '@/routes'
import { useSettings } from '@/stores/settings'
import { totalUpdates, useTabBar } from '@/stores/tab-bar'
import { Icon } from './ui'
import { useUpdateBadges } from './use-update-badges'
import { useTranslate } from './use-translate'
import './tab-bar.scss'

const TABS = Object.keys(TAB_PAGES) as TabId[]

/**
 * The tab bar, drawn by the app on every target so that elder mode (labels ≥ 18 px, targets ≥ 60 px) and the
 * user's language reach it: the WeChat and Alipay custom tab bar components (src/custom-tab-bar,
 * src/customize-tab-bar) draw it with the tab the store says; on H5 each tab page draws it (Taro's H5 router
 * draws no custom tab bar).
 */
export function TabBarView({ selected }: { selected: TabId }) {
  const t = useTranslate()
  const elderMode = useSettings((s) => s.elderMode)
  const fontScale = useSettings((s) => s.fontScale)
  const updates = useTabBar(totalUpdates)
  return (
    <View
      className={`wst-tab-bar ${elderMode ? 'wst-tab-bar--elder' : ''}`}
      style={{ '--fs-scale': String(fontScale) } as Record<string, string>}
      role='tablist'
    >
      {TABS.map((tab) => {
        const on = tab === selected
        const badge = tab === 'mine' && updates > 0 ? (updates > 99 ? '99+' : String(updates)) : ''
        return (
          <View
            key={tab}
            className={`wst-tab-bar__item ${on ? 'wst-tab-bar__item--on' : ''}`}
            role='tab'
            aria-selected={on}
            onClick={() => (on ? undefined : go(`/${TAB_PAGES[tab]}`))}
          >
            <View className='wst-tab-bar__icon'>
              <Icon name={TAB_ICONS[tab]} tone={on ? 'primary' : 'muted'} className='wst-tab-bar__glyph' />
              {badge ? <Text className='wst-tab-bar__badge'>{badge}</Text> : null}
            </View>
            <Text className='wst-tab-bar__label'>{t(`tab.${tab}`)}</Text>
          </View>
        )
      })}
    </View>
  )
}

/**
 * Placed last in each tab page: marks its tab selected whenever the page shows, refreshes the badge on 我的 and
 * keeps the page's end clear of the bar; on H5 it also draws the bar.
 */
export function TabBar({ tab }: { tab: TabId }) {
  const select = useTabBar((s) => s.select)
  useUpdateBadges()
  useDidShow(() => select(tab))
  return (
    <View className='wst-tab-bar__room'>{process.env.TARO_ENV === 'h5' ? <TabBarView selected={tab} /> : null}</View>
  )
}
