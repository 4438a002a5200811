import { Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import { policyStatus } from '@/core/talent/policy-status'
import type { TalentPolicy } from '@/core/talent/types'
import { Cell, Tag } from '@/components/ui'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { amountText, statusTag } from '../format'

/** a policy in a list: its title, city and benefit, the amount, and its status in words */
export function PolicyRow({ t, policy, today }: { t: Translate; policy: TalentPolicy; today: string }) {
  const status = statusTag(t, policyStatus(policy, today))
  const where = policy.district ? t(`talent.value.employerDistrict.${policy.district}`) : t(`city.${policy.city}`)
  return (
    <Cell
      title={policy.title}
      subtitle={
        <View className='talent-row'>
          <Text className='talent-row__meta'>
            {where} · {t(`talent.benefit.${policy.benefit}`)} · {amountText(t, policy.amount)}
          </Text>
          <Tag tone={status.tone}>{status.text}</Tag>
        </View>
      }
      onClick={() => go(pageUrl('talent', 'policy', { id: policy.id }))}
    />
  )
}
