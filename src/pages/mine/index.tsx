import { Switch, Text, View } from '@tarojs/components'
import { accessibleName } from '@/components/a11y'
import { Page } from '@/components/page'
import { Cell, Section, Tag } from '@/components/ui'
import { TabBar } from '@/components/tab-bar'
import { useTranslate } from '@/components/use-translate'
import { MODULE_RECORDS } from '@/modules'
import { go } from '@/platform/navigation'
import { linkUrl, routes } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import { useTabBar } from '@/stores/tab-bar'
import './index.scss'

export default function Mine() {
  const t = useTranslate()
  const updates = useTabBar((s) => s.updates)
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
        {/* the user's own records, from each module's `mine` entries (src/modules.ts), in every zone */}
        {MODULE_RECORDS.flatMap((m) =>
          (m.mine ?? []).map((entry) => (
            <Cell
              key={`${m.id}:${entry.labelKey}`}
              title={t(entry.labelKey)}
              extra={
                entry.badge && updates[entry.badge] ? (
                  <Tag tone='warn'>{t('mine.updates', { count: updates[entry.badge] })}</Tag>
                ) : undefined
              }
              onClick={() => go(linkUrl(m, entry.to))}
            />
          ))
        )}
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
              {...accessibleName(t('mine.elderMode'))}
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
      <TabBar tab='mine' />
    </Page>
  )
}
