import { Radio, RadioGroup, Switch, Text, View } from '@tarojs/components'
import { LOCALES, type Locale } from '@/core/domain'
import { accessibleName } from '@/components/a11y'
import { Page } from '@/components/page'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { useSettings } from '@/stores/settings'

export default function Settings() {
  const t = useTranslate()
  const elderMode = useSettings((s) => s.elderMode)
  const setElderMode = useSettings((s) => s.setElderMode)
  const locale = useSettings((s) => s.locale)
  const setLocale = useSettings((s) => s.setLocale)
  const fontScale = useSettings((s) => s.fontScale)

  return (
    <Page title={t('settings.title')}>
      <Section>
        <Cell
          title={t('settings.elderMode')}
          subtitle={t('settings.elderModeDesc')}
          extra={
            <Switch
              checked={elderMode}
              onChange={(e) => setElderMode(e.detail.value)}
              color='#0b5cad'
              {...accessibleName(t('settings.elderMode'))}
            />
          }
        />
        {fontScale > 1 ? <Cell title={t('settings.fontScale', { scale: fontScale.toFixed(2) })} /> : null}
      </Section>
      <Section title={t('settings.language')}>
        <RadioGroup onChange={(e) => setLocale(e.detail.value as Locale)}>
          {LOCALES.map((l) => (
            <View key={l} className='wst-cell'>
              <Radio
                value={l}
                checked={locale === l}
                color='#0b5cad'
                id={`locale-${l}`}
                {...accessibleName(t(`lang.${l}`))}
              >
                <Text>{t(`lang.${l}`)}</Text>
              </Radio>
            </View>
          ))}
        </RadioGroup>
      </Section>
    </Page>
  )
}
