import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { askForStatusMessages } from '@/backend/subscriptions'
import { offersStatusMessages, SUBSCRIBE_CHANNEL, type StatusKind } from '@/platform/subscribe'
import { useTranslate } from './use-translate'

/**
 * 订阅状态提醒 on an open appeal or application (WeChat and Alipay, where the build has templates): a template the
 * user accepts covers one message, so a record still open offers to ask again. Nothing on the web, which shows a
 * red dot in 我的 instead.
 */
export function StatusMessagesOffer({ kind }: { kind: StatusKind }) {
  const t = useTranslate()
  if (!offersStatusMessages(kind)) return null
  const ask = () => {
    // first in the tap: WeChat opens its dialog only inside one
    void askForStatusMessages(kind).then((accepted) =>
      Taro.showToast({ title: t(accepted.length ? 'status.subscribed' : 'status.notSubscribed'), icon: 'none' })
    )
  }
  return (
    <View className='wst-prose'>
      <Text className='wst-note'>{t(`status.subscribeHint.${SUBSCRIBE_CHANNEL}`)}</Text>
      <Button className='wst-button wst-button--secondary' id={`${kind}-subscribe`} onClick={ask}>
        {t('status.subscribe')}
      </Button>
    </View>
  )
}
