import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Translate } from '@/core/i18n'
import { useProfile } from '@/stores/profile'
import { Banner } from './banner'

/**
 * 保存到我的信息？ after a form was sent with values that are not the profile's (useProfileFill's `submitted`): the
 * page the form moved on to asks, in place (never a pop-up); 保存 saves them, 不用了 drops them. Drawn by Page.
 */
export function ProfileSaveOffer({ t }: { t: Translate }) {
  const offer = useProfile((s) => s.offer)
  const hasProfile = useProfile((s) => s.parts.person !== undefined || s.parts.enterprise !== undefined)
  const answer = useProfile((s) => s.answerOffer)
  if (!offer) return null
  const link = (text: string, onClick: () => void) => (
    // a Text, like InlineConfirm's links: on H5 a View drawn in the same tap misses the next one
    <Text className='wst-link' {...{ role: 'button' }} onClick={onClick}>
      {text}
    </Text>
  )
  return (
    <Banner
      id='profile-save-offer'
      action={
        <>
          {link(t('profileSave.save'), () => {
            answer(true)
            void Taro.showToast({ title: t('profileSave.saved'), icon: 'success' })
          })}
          {link(t('profileSave.dismiss'), () => answer(false))}
        </>
      }
    >
      {t(hasProfile ? 'profileSave.askChanged' : 'profileSave.askNew')}
    </Banner>
  )
}
