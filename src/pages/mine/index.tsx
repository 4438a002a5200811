import { Switch, Text, View } from '@tarojs/components'
import { Page } from '@/components/page'
import { Cell, Section, Tag } from '@/components/ui'
import { useAppealBadge } from '@/components/use-appeal-badge'
import { useTabBarText } from '@/components/use-tab-bar-text'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import './index.scss'

export default function Mine() {
  const t = useTranslate()
  useTabBarText()
  const appealUpdates = useAppealBadge()
  const elderMode = useSettings((s) => s.elderMode)
  const setElderMode = useSettings((s) => s.setElderMode)
  const locale = useSettings((s) => s.locale)
  const setLocale = useSettings((s) => s.setLocale)
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)

  return (
    <Page title={t('mine.title')}>
      <View className='mine__head'>
        <Text className='mine__greeting'>{t('mine.greeting')}</Text>
        <Text className='mine__consent'>{consented ? t('mine.consented') : t('mine.notConsented')}</Text>
      </View>
      <Section>
        <Cell title={t('mine.favourites')} onClick={() => go(routes.favourites())} />
        <Cell title={t('mine.history')} onClick={() => go(routes.history())} />
        <Cell title={t('mine.bookings')} onClick={() => go(routes.bookings())} />
        <Cell
          title={t('mine.appeals')}
          extra={appealUpdates ? <Tag tone='warn'>{t('mine.appealUpdates', { count: appealUpdates })}</Tag> : undefined}
          onClick={() => go(routes.appeals())}
        />
      </Section>
      <Section title={t('mine.settings')}>
        <Cell
          title={t('mine.elderMode')}
          subtitle={t('settings.elderModeDesc')}
          extra={
            <Switch
              checked={elderMode}
              onChange={(e) => setElderMode(e.detail.value)}
              color='#0b5cad'
              aria-label={t('mine.elderMode')}
            />
          }
        />
        <Cell
          title={t('mine.language')}
          extra={t(`lang.${locale}`)}
          onClick={() => setLocale(locale === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans')}
        />
        <Cell title={t('mine.settings')} onClick={() => go(routes.settings())} />
        <Cell title={t('mine.privacy')} onClick={() => go(routes.privacy())} />
        <Cell title={t('mine.about')} onClick={() => go(routes.about())} />
      </Section>
    </Page>
  )
}
