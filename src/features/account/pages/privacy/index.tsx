import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'

export default function Privacy() {
  const t = useTranslate()
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const consent = useSettings((s) => s.consent)
  const withdraw = useSettings((s) => s.withdrawConsent)

  return (
    <Page title={t('privacy.title')}>
      <Section>
        <View className='wst-prose'>
          {['privacy.body1', 'privacy.body2', 'privacy.body3'].map((key) => (
            <Text key={key} className='wst-prose__p'>
              {t(key)}
            </Text>
          ))}
        </View>
      </Section>
      {consented ? (
        <>
          <View className='wst-prose'>
            <Text className='wst-prose__p'>{t('privacy.agreed', { version: PRIVACY_VERSION })}</Text>
          </View>
          <Button className='wst-button wst-button--secondary' onClick={withdraw}>
            {t('privacy.withdraw')}
          </Button>
        </>
      ) : (
        <Button
          className='wst-button'
          onClick={() => {
            consent(PRIVACY_VERSION)
            if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
          }}
        >
          {t('privacy.agree')}
        </Button>
      )}
    </Page>
  )
}
