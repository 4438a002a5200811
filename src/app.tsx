import { useLaunch } from '@tarojs/taro'
import { useEffect, type PropsWithChildren } from 'react'
import { localeFromSystemLanguage } from '@/core/i18n'
import { go } from '@/platform/navigation'
import { watchPrivacyAuthorization } from '@/platform/privacy'
import { readSystemFacts } from '@/platform/system'
import { deviceStorage } from '@/platform/storage'
import { routes } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
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
    // WeChat: a private API that finds no agreement is resolved by the app's own consent (one agreement, not two)
    watchPrivacyAuthorization({
      consented: () => useSettings.getState().privacyConsent >= PRIVACY_VERSION,
      ask: () => go(routes.privacy())
    })
  })

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.documentElement.lang = locale
  }, [locale])

  return children
}

export default App
