import { Button, Text, View } from '@tarojs/components'
import Taro, { useUnload } from '@tarojs/taro'
import { useState } from 'react'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { PRIVACY_AGREE_OPEN_TYPE, platformAgreed, platformDeclined, platformWaiting } from '@/platform/privacy'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'

const AGREE_ID = 'privacy-agree'

export default function Privacy() {
  const t = useTranslate()
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const consent = useSettings((s) => s.consent)
  const withdraw = useSettings((s) => s.withdrawConsent)
  // WeChat holds a private API until it learns of the agreement (platform/privacy.weapp.ts): this page is then
  // the app's own consent, and its agree button tells WeChat, even for a user who agreed in the app before
  const [platformAsks] = useState(platformWaiting)
  // leaving without agreeing: the waiting API fails as refused (the page it came from says so)
  useUnload(() => platformDeclined())

  const back = () => {
    if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  }
  // on WeChat the page goes back after the platform's agree event, so that a waiting API is resolved first
  const agreeButton = (label: string) => (
    <Button
      id={AGREE_ID}
      className='wst-button'
      openType={PRIVACY_AGREE_OPEN_TYPE}
      onAgreePrivacyAuthorization={() => {
        platformAgreed(AGREE_ID)
        back()
      }}
      onClick={() => {
        consent(PRIVACY_VERSION)
        if (!PRIVACY_AGREE_OPEN_TYPE) back()
      }}
    >
      {label}
    </Button>
  )

  return (
    <Page title={t('privacy.title')}>
      {platformAsks ? (
        <View className='wst-prose wst-prose--notice' role='status'>
          <Text className='wst-prose__p'>{t('privacy.platformAsk')}</Text>
        </View>
      ) : null}
      <Section>
        <View className='wst-prose'>
          {['privacy.body1', 'privacy.body2', 'privacy.body4', 'privacy.body3'].map((key) => (
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
          {platformAsks ? agreeButton(t('privacy.platformConfirm')) : null}
          <Button className='wst-button wst-button--secondary' onClick={withdraw}>
            {t('privacy.withdraw')}
          </Button>
        </>
      ) : (
        agreeButton(t('privacy.agree'))
      )}
    </Page>
  )
}
