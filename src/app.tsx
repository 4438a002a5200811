import { useLaunch } from '@tarojs/taro'
import { useEffect, type PropsWithChildren } from 'react'
import { localeFromSystemLanguage } from '@/core/i18n'
import { readSystemFacts } from '@/platform/system'
import { deviceStorage } from '@/platform/storage'
import { useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { isZoneId } from '@/zones'
import './app.scss'

function App({ children }: PropsWithChildren) {
  const locale = useSettings((s) => s.locale)

  useLaunch((options) => {
    const facts = readSystemFacts()
    const settings = useSettings.getState()
    // first launch: Hong Kong and Macau devices start in 繁體; afterwards the user's choice holds.
    // Checked before anything is set, since any change of the settings store saves it.
    const firstLaunch = deviceStorage.get('wst:settings') === undefined
    settings.setFontScale(facts.fontScale)
    if (firstLaunch) settings.setLocale(localeFromSystemLanguage(facts.language))
    const zone = (options?.query as Record<string, string> | undefined)?.zone
    if (isZoneId(zone)) useZone.getState().setZone(zone)
  })

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.documentElement.lang = locale
  }, [locale])

  return children
}

export default App
