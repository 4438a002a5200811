import { Button, Text, View } from '@tarojs/components'
import { idAttr } from './a11y'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { go } from '@/platform/navigation'
import { PRIVACY_AGREE_OPEN_TYPE, platformAgreed } from '@/platform/privacy'
import { routes } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import { useTranslate } from './use-translate'
import './consent-check.scss'

interface ConsentCheckProps {
  /** the id of the block (the form scrolls to it when the consent is what is missing) */
  id: string
  /** the message under the box while the form found the consent missing, already translated */
  error?: string
}

/**
 * 我已阅读并同意《隐私政策》: one checkbox for the one consent of the app. It shows and changes the consent in
 * settings (the version of the notice agreed to), so ticking it in one form ticks it in every form, and withdrawing
 * it on the privacy page unticks it everywhere. On WeChat the box is the platform's agree button
 * (open-type agreePrivacyAuthorization), so the same tap is WeChat's privacy authorization too: the user agrees once,
 * not again before choosing a location or photos. The box carries a tick, not only a colour.
 */
export function ConsentCheck({ id, error }: ConsentCheckProps) {
  const t = useTranslate()
  const given = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const consent = useSettings((s) => s.consent)
  const withdraw = useSettings((s) => s.withdrawConsent)
  const toggle = () => (given ? withdraw() : consent(PRIVACY_VERSION))
  const label = t('consent.agree')
  const agreeId = `${id}-agree`

  useEffect(() => {
    if (error) void Taro.pageScrollTo({ selector: `#${id}`, duration: 200 })
  }, [error, id])

  const state = { role: 'checkbox', 'aria-checked': given, 'aria-label': label }
  const content = (
    <>
      <Text className={`wst-consent__box ${given ? 'wst-consent__box--on' : ''}`} aria-hidden='true'>
        {given ? '✓' : ''}
      </Text>
      <Text className='wst-consent__text'>{label}</Text>
    </>
  )
  return (
    <View className={`wst-consent ${error ? 'wst-consent--error' : ''}`} {...idAttr(id)}>
      {PRIVACY_AGREE_OPEN_TYPE ? (
        <Button
          id={agreeId}
          className='wst-consent__control'
          openType={PRIVACY_AGREE_OPEN_TYPE}
          onAgreePrivacyAuthorization={() => platformAgreed(agreeId)}
          onClick={toggle}
          {...state}
        >
          {content}
        </Button>
      ) : (
        <View
          id={agreeId}
          className='wst-consent__control'
          hoverClass='wst-consent__control--pressed'
          onClick={toggle}
          {...state}
        >
          {content}
        </View>
      )}
      <Text className='wst-link wst-consent__read' onClick={() => go(routes.privacy())}>
        {t('consent.read')}
      </Text>
      {error ? (
        <View className='wst-field__error' role='alert'>
          {error}
        </View>
      ) : null}
    </View>
  )
}
