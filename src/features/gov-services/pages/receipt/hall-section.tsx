import { Button, Text, View } from '@tarojs/components'
import type { HallDetail } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import type { Query } from '@/components/query'
import { Section } from '@/components/ui'
import { callPhone, openMap } from '@/platform/contact'

interface Props {
  t: Translate
  hall: Query<HallDetail>
  /** the name the booking keeps, shown while the hall loads (or if it cannot be) */
  fallbackName: string
}

/** where to go: the hall's address and hours, the way there (导航) and its phone */
export function HallSection({ t, hall, fallbackName }: Props) {
  const h = hall.data
  return (
    <Section title={t('gov.receipt.hall')}>
      <View className='wst-prose'>
        <Text className='wst-prose__p receipt__hall-name'>{h?.name ?? fallbackName}</Text>
        {h ? (
          <>
            <Text className='wst-prose__p'>{t('gov.receipt.address', { address: h.address })}</Text>
            <Text className='wst-prose__p'>{t('gov.receipt.hours', { hours: h.hours })}</Text>
          </>
        ) : null}
      </View>
      {h ? (
        <View className='receipt__buttons'>
          <Button className='wst-button wst-button--small wst-button--secondary' onClick={() => void openMap(h)}>
            {t('gov.receipt.navigate')}
          </Button>
          <Button
            className='wst-button wst-button--small wst-button--secondary'
            onClick={() => void callPhone(h.phone)}
          >
            {t('gov.receipt.call', { phone: h.phone })}
          </Button>
        </View>
      ) : null}
    </Section>
  )
}
