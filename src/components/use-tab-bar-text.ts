import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { TAB_PAGES } from '@/routes'
import { useSettings } from '@/stores/settings'
import { shellMessages } from './use-translate'

const TAB_KEYS: Record<keyof typeof TAB_PAGES, string> = {
  home: 'tab.home',
  services: 'tab.services',
  mine: 'tab.mine'
}

function apply(locale: keyof typeof shellMessages) {
  Object.values(TAB_KEYS).forEach((key, index) => {
    Taro.setTabBarItem({ index, text: shellMessages[locale][key] }).catch(() => undefined)
  })
}

/** the tab bar speaks the user's language: set whenever a tab page shows (the bar exists by then) */
export function useTabBarText() {
  const locale = useSettings((s) => s.locale)
  useDidShow(() => apply(useSettings.getState().locale))
  useEffect(() => apply(locale), [locale])
}
